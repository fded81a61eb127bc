import "server-only";
import { MAX_WEBHOOKS_PER_ORGANISATION, type WebhookDto } from "@/lib/schemas/webhooks";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { findWebhook, toWebhookDto, WEBHOOK_RESOURCE } from "./webhook-dto";

/** The organisation's endpoints (at most MAX_WEBHOOKS_PER_ORGANISATION), oldest first. */
export async function listWebhooks(actor: Actor, context: RequestContext): Promise<WebhookDto[]> {
  await requirePermission(actor, "webhook.manage", context, { type: WEBHOOK_RESOURCE });
  const rows = await db.webhook.findMany({ where: { organizationId: actor.organizationId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: MAX_WEBHOOKS_PER_ORGANISATION });
  return rows.map(toWebhookDto);
}

export async function getWebhook(actor: Actor, id: string, context: RequestContext): Promise<WebhookDto> {
  await requirePermission(actor, "webhook.manage", context, { type: WEBHOOK_RESOURCE, id });
  return toWebhookDto(await findWebhook(actor.organizationId, id));
}
