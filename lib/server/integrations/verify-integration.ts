import "server-only";
// "Verify": a real OAuth 2.0 client-credentials token request to the integration's token endpoint
// with the stored secret. The token is discarded (never stored, returned or logged); the outcome
// is returned and audited.
import { AppError } from "@/lib/errors";
import { recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { requestClientCredentialsToken, type ClientAuthMethod } from "@/lib/server/oauth/client-credentials";
import { readSecretValueForUse } from "@/lib/server/secrets/secret-store";
import { getTemplate } from "@/lib/templates/registry";
import type { ConfigValues } from "@/lib/templates/types";
import { planVerifyRequest } from "@/lib/templates/verify";
import { findIntegrationRow } from "./find-integration";
import { INTEGRATION_RESOURCE } from "./integration-dto";

export type VerifyOutcome =
  | { ok: true; tokenUrl: string; tokenType?: string; expiresIn?: number }
  | { ok: false; tokenUrl: string; error: string; errorDescription?: string; status?: number };

const cannotVerify = (why: string) => new AppError("bad_request", `This integration cannot be verified: ${why}.`);

export async function verifyIntegration(actor: Actor, guid: string, context: RequestContext): Promise<VerifyOutcome> {
  await requirePermission(actor, "integration.verify", context, { type: INTEGRATION_RESOURCE, id: guid });
  const row = await findIntegrationRow(actor, guid);
  const template = getTemplate(row.template);
  const config = (row.config ?? {}) as ConfigValues;
  const plan = template && planVerifyRequest(template, config);
  if (!plan) throw cannotVerify(`the ${row.template} template has no client-credentials token endpoint, or its config lacks one`);
  if (config.auth_mode === "Public") throw cannotVerify("public clients have no client secret");
  const clientId = typeof config.client_id === "string" ? config.client_id : "";
  if (!clientId) throw cannotVerify("no client_id is configured");
  const clientSecret = await readSecretValueForUse(INTEGRATION_RESOURCE, row.guid, "client_secret");
  if (!clientSecret) throw cannotVerify("no client_secret is set");

  const authMethod: ClientAuthMethod = config.token_endpoint_auth_method === "client_secret_post" ? "client_secret_post" : "client_secret_basic";
  const scope = plan.sendScope && typeof config.scopes === "string" ? config.scopes : undefined;
  const audit = (ok: boolean, detail: string) =>
    recordStandaloneAuditEvent({
      actor,
      organizationId: actor.organizationId,
      action: "integration.verify",
      outcome: ok ? "success" : "failure",
      resourceType: INTEGRATION_RESOURCE,
      resourceId: row.guid,
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
