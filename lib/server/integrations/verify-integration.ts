import "server-only";
// "Verify": a real OAuth 2.0 client-credentials token request to the integration's token endpoint
// with the stored secret. The token is discarded (never stored, returned or logged); the outcome
// is returned and audited. Fruxon's `:verifyConfig` runs the same request with values the caller
// supplies in place of the stored ones (`overrides`), which are used once and never stored.
import { AppError } from "@/lib/errors";
import { recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { requestClientCredentialsToken, type ClientAuthMethod } from "@/lib/server/oauth/client-credentials";
import { refuseKeptSecret } from "@/lib/server/secrets/endpoint-guard";
import { readSecretValueForUse } from "@/lib/server/secrets/secret-store";
import { changedEndpointFields } from "@/lib/templates/endpoint";
import { getTemplate } from "@/lib/templates/registry";
import type { ConfigValues, Template } from "@/lib/templates/types";
import { planVerifyRequest } from "@/lib/templates/verify";
import { findIntegrationRow, refLabel, type IntegrationRef } from "./find-integration";
import { INTEGRATION_RESOURCE } from "./integration-dto";
import { acceptConfigForCreate, acceptConfigForUpdate } from "./validate-config";

export type VerifyOutcome =
  | { ok: true; tokenUrl: string; tokenType?: string; expiresIn?: number }
  | { ok: false; tokenUrl: string; error: string; errorDescription?: string; status?: number };

export const cannotVerify = (why: string) => new AppError("bad_request", `This integration cannot be verified: ${why}.`);

/** Values that replace stored config values (and `client_secret`) for one verification. */
export type VerifyOverrides = { config?: Record<string, string>; clientSecret?: string };

/** `storedSecret(tokenUrl)`: the stored secret, only if it was stored for that token URL. */
type Subject = { template: Template; config: ConfigValues; storedSecret: (tokenUrl: string) => Promise<string | null>; resourceId: string | null };

export async function runVerify(actor: Actor, subject: Subject, context: RequestContext, overrides: VerifyOverrides = {}): Promise<VerifyOutcome> {
  const config: ConfigValues = { ...subject.config, ...overrides.config };
  const plan = planVerifyRequest(subject.template, config);
  if (!plan) throw cannotVerify(`the ${subject.template.id} template has no client-credentials token endpoint, or its config lacks one`);
  if (config.auth_mode === "Public") throw cannotVerify("public clients have no client secret");
  const clientId = typeof config.client_id === "string" ? config.client_id : "";
  if (!clientId) throw cannotVerify("no client_id is configured");
  const clientSecret = overrides.clientSecret || (await subject.storedSecret(plan.tokenUrl));
  if (!clientSecret) throw cannotVerify("no client_secret is set");

  const authMethod: ClientAuthMethod = config.token_endpoint_auth_method === "client_secret_post" ? "client_secret_post" : "client_secret_basic";
  const scope = plan.sendScope && typeof config.scopes === "string" ? config.scopes : undefined;
  const audit = (ok: boolean, detail: string) =>
    recordStandaloneAuditEvent({
      actor,
      organizationId: actor.organizationId,
      action: "integration.verify",
      outcome: ok ? "success" : "failure",
      resourceType: subject.resourceId ? INTEGRATION_RESOURCE : "template",
      resourceId: subject.resourceId ?? subject.template.id,
      detail,
      context,
    });
  let result;
  try {
    result = await requestClientCredentialsToken({ tokenUrl: plan.tokenUrl, clientId, clientSecret, scope, authMethod });
  } catch (error) {
    // The URL itself was refused (e.g. a private address): still an attempt worth auditing.
    await audit(false, `token endpoint ${plan.tokenUrl} refused before sending: ${error instanceof Error ? error.message : "error"}`);
    throw error;
  }
  const outcome: VerifyOutcome = result.ok
    ? { ok: true, tokenUrl: plan.tokenUrl, tokenType: result.tokenType, expiresIn: result.expiresIn }
    : { ok: false, tokenUrl: plan.tokenUrl, error: result.error, errorDescription: result.errorDescription, status: result.status };
  await audit(outcome.ok, outcome.ok ? `token endpoint ${plan.tokenUrl} issued a token` : `token endpoint ${plan.tokenUrl} refused: ${outcome.error}`);
  return outcome;
}

/** Caller-supplied values pass the template's validation exactly as a write would. */
const toOverrides = (accepted: { config: Record<string, unknown>; secrets: Record<string, string> }): VerifyOverrides => ({
  config: Object.fromEntries(Object.entries(accepted.config).filter((e): e is [string, string] => typeof e[1] === "string")),
  clientSecret: accepted.secrets.client_secret,
});

/**
 * Verifies a stored integration. `values` (Fruxon's `:verifyConfig`) replace stored config values
 * and the stored secret for this one request; they are validated like a PATCH and never stored.
 */
export async function verifyIntegration(actor: Actor, ref: IntegrationRef, context: RequestContext, values?: Record<string, unknown>): Promise<VerifyOutcome> {
  await requirePermission(actor, "integration.verify", context, { type: INTEGRATION_RESOURCE, id: refLabel(ref) });
  const row = await findIntegrationRow(actor, ref);
  const template = getTemplate(row.template);
  if (!template) throw cannotVerify(`the ${row.template} template is unknown`);
  const stored = (row.config ?? {}) as Record<string, unknown>;
  const accepted = values ? acceptConfigForUpdate(row.template, stored, template.fields.filter((f) => f.secret).map((f) => f.name), values) : null;
  const overrides = accepted ? toOverrides(accepted) : {};
  // Values pointing the request at another endpoint never travel with the stored secret.
  const moved = accepted ? changedEndpointFields(template, stored as ConfigValues, accepted.config as ConfigValues) : [];
  if (moved.length && !overrides.clientSecret) {
    throw await refuseKeptSecret(actor, context, { action: "integration.verify", resourceType: INTEGRATION_RESOURCE, resourceId: row.guid }, "client_secret", moved);
  }
  return runVerify(
    actor,
    {
      template,
      config: (row.config ?? {}) as ConfigValues,
      storedSecret: (tokenUrl) => readSecretValueForUse(INTEGRATION_RESOURCE, row.guid, "client_secret", tokenUrl),
      resourceId: row.guid,
    },
    context,
    overrides,
  );
}

/** Verifies caller-supplied values against a built-in template (Fruxon's SYSTEM integrations). */
export async function verifyTemplateConfig(actor: Actor, templateId: string, context: RequestContext, values: Record<string, unknown>): Promise<VerifyOutcome> {
  await requirePermission(actor, "integration.verify", context, { type: "template", id: templateId });
  const template = getTemplate(templateId);
  if (!template) throw new AppError("not_found", "Integration not found");
  const overrides = toOverrides(acceptConfigForCreate(templateId, values));
  return runVerify(actor, { template, config: {}, storedSecret: async () => null, resourceId: null }, context, overrides);
}
