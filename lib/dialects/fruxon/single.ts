import "server-only";
// One integration through Fruxon's door: the `{integration}[:verb]` path segment, the built-in
// SYSTEM integrations (templates) and `:verifyConfig`.
import { AppError } from "@/lib/errors";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { getIntegration } from "@/lib/server/integrations/get-integration";
import { INTEGRATION_RESOURCE } from "@/lib/server/integrations/integration-dto";
import { getTemplateFor } from "@/lib/server/integrations/list-templates";
import { verifyIntegration, verifyTemplateConfig, type VerifyOutcome } from "@/lib/server/integrations/verify-integration";
import { getTemplate } from "@/lib/templates/registry";
import type { AuthType, Template } from "@/lib/templates/types";
import { configTestSupported, toSystemIntegration } from "./integrations";
import { toVerifyInput } from "./requests";
import type { FruxonVerifyResult } from "./schemas";

/** "{id}" or "{id}:{verb}" (Google-style custom methods); the verb must be the one this method serves. */
export function parseSegment(segment: string, verb: string | null): { id: string } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    throw new AppError("not_found", "Integration not found");
  }
  const colon = decoded.lastIndexOf(":");
  const id = colon >= 0 ? decoded.slice(0, colon) : decoded;
  const given = colon >= 0 ? decoded.slice(colon + 1) : null;
  if (given !== verb) throw new AppError("not_found", given ? `Unknown method :${given.slice(0, 40)}` : "Unknown method");
  return { id };
}

export const getSystemIntegration = (id: string) => getTemplate(id);

export async function systemIntegrationResponse(actor: Actor, template: Template, context: RequestContext): Promise<Response> {
  return Response.json(toSystemIntegration(await getTemplateFor(actor, template.id, context)));
}

const toVerifyResult = (outcome: VerifyOutcome): FruxonVerifyResult => ({
  success: outcome.ok,
  error: outcome.ok ? null : `${outcome.error}${outcome.errorDescription ? `: ${outcome.errorDescription}` : ""}`,
  authorizationUrl: null,
  authMapResults: [],
});

const unsupported = (authMetadataId: string) =>
  new AppError("bad_request", `Auth method ${authMetadataId.slice(0, 100)} does not support verification (configTestSupported is false)`, {
    fieldErrors: { authMetadataId: ["configTestSupported is false for this auth method"] },
  });

/** Fruxon: 400 unless the auth method has configTestSupported; a provider's refusal is 200 with success false. */
export async function verifyConfigResponse(actor: Actor, id: string, body: unknown, context: RequestContext): Promise<Response> {
  const system = getSystemIntegration(id);
  // The verify permission first: reading the integration (to find its template) would otherwise
  // refuse a role that may read but not verify with 404, and audit it under integration.read.
  await requirePermission(actor, "integration.verify", context, system ? { type: "template", id } : { type: INTEGRATION_RESOURCE, id: id.slice(0, 200) });
  const input = toVerifyInput(body);
  const template = system ?? getTemplate((await getIntegration(actor, { slug: id }, context)).template);
  if (!input.auth || !template || input.auth.template.id !== template.id) {
    throw new AppError("bad_request", `${input.authMetadataId.slice(0, 100)} is not an auth method of this integration`, {
      fieldErrors: { authMetadataId: ["Not an auth method of this integration"] },
    });
  }
  if (!configTestSupported(template, input.auth.authType)) throw unsupported(input.authMetadataId);
  const values = { ...input.values, auth_type: input.auth.authType satisfies AuthType };
  const outcome = system ? await verifyTemplateConfig(actor, id, context, values) : await verifyIntegration(actor, { slug: id }, context, values);
  return Response.json(toVerifyResult(outcome));
}
