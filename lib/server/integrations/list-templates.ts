import "server-only";
import { notFound } from "@/lib/errors";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { getTemplate, TEMPLATES } from "@/lib/templates/registry";
import type { Template } from "@/lib/templates/types";

export async function listTemplates(actor: Actor, context: RequestContext): Promise<readonly Template[]> {
  await requirePermission(actor, "template.read", context);
  return TEMPLATES;
}

export async function getTemplateFor(actor: Actor, id: string, context: RequestContext): Promise<Template> {
  await requirePermission(actor, "template.read", context);
  const template = getTemplate(id);
  if (!template) throw notFound(`Template "${id.slice(0, 50)}"`);
  return template;
}
