import "server-only";
// "Test" / refresh for a connection: an OAuth (authorization-code) connection refreshes its
// tokens through the shared engine; an OAuth 2.0 client-credentials connection makes a real
// token request with its stored secret (the token is not kept). The outcome is audited; no
// token ever leaves the server.
import { AppError } from "@/lib/errors";
import { isAuthConfigType } from "@/lib/schemas/apps";
import { recordAuditEvent, recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { requestClientCredentialsToken } from "@/lib/server/oauth/client-credentials";
import { refreshCredential } from "@/lib/server/oauth";
import { env } from "@/lib/env";
import { credentialEventFor } from "@/lib/server/webhooks/credential-events";
import { enqueueWebhookEvent } from "@/lib/server/webhooks/enqueue-webhook-event";
import { readSecretValueForUse } from "@/lib/server/secrets/secret-store";
import { needsRedirect } from "./accept-connection-data";
import { appOAuthClient, appOAuthEndpoints } from "./app-oauth-client";
import { CONNECTION_RESOURCE } from "./connection-dto";
import { loadConnection } from "./find-connection";

export type ConnectionTestResult = { ok: boolean; kind: "refresh" | "client_credentials"; message: string };

export async function testConnection(actor: Actor, connectionId: string, context: RequestContext): Promise<ConnectionTestResult> {
  await requirePermission(actor, "connection.write", context, { type: CONNECTION_RESOURCE, id: connectionId });
  const { row, dto } = await loadConnection(actor, connectionId);
  if (!dto.app || !isAuthConfigType(row.authType)) throw new AppError("conflict", "The app of this connection no longer exists");
  const ref = { organizationId: actor.organizationId, resourceType: CONNECTION_RESOURCE, resourceId: row.id };

  if (needsRedirect(dto.app, row.authType)) {
    const { tokenUrl } = await appOAuthEndpoints(dto.app, row.authType);
    const client = await appOAuthClient(dto.app, row.authType, tokenUrl);
    const outcome = await refreshCredential({
      ref,
      client,
      onOutcome: async (tx, o) => {
        const event = credentialEventFor(o, dto.token?.state === "needs_reauthorization" || Boolean(dto.token?.refreshError));
        if (event) {
          const resource = { type: "connection", id: row.id, name: row.name, path: `/connections/${row.id}` };
          await enqueueWebhookEvent(tx, actor.organizationId, { type: event, resource, actor, ...("error" in o && { detail: o.error }) });
        }
        await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "connection.refresh", outcome: o.status === "refreshed" || o.status === "coalesced" ? "success" : "failure", resourceType: CONNECTION_RESOURCE, resourceId: row.id, detail: o.status, context });
      },
    });
    const ok = outcome.status === "refreshed" || outcome.status === "coalesced";
    const why = "error" in outcome ? `${outcome.error}${outcome.errorDescription ? `: ${outcome.errorDescription}` : ""}` : outcome.status;
    return { ok, kind: "refresh", message: ok ? "The tokens were refreshed." : outcome.status === "needs_reauthorization" ? `Reconnect needed (${why}).` : `Refresh failed (${why}).` };
  }

  if (row.authType === "oauth2") {
    const tokenUrl = String(dto.authConfig?.data.tokenEndpoint ?? "");
    const clientSecret = tokenUrl ? await readSecretValueForUse(CONNECTION_RESOURCE, row.id, "clientSecret", tokenUrl) : null;
    if (!tokenUrl || !clientSecret) throw new AppError("validation_failed", "This connection has no token endpoint or client secret");
    const style = dto.data.authStyle;
    const result = await requestClientCredentialsToken({
      tokenUrl,
      clientId: String(dto.data.clientId ?? ""),
      clientSecret,
      scope: Object.keys((dto.authConfig?.data.scopes ?? {}) as Record<string, string>).join(" "),
      authMethod: style === 1 ? "client_secret_post" : "client_secret_basic",
      allowPrivateNetwork: env.allowPrivateNetwork(),
    });
    const message = result.ok ? "The provider issued a token." : `The provider refused: ${result.error}${result.errorDescription ? ` (${result.errorDescription})` : ""}`;
    await recordStandaloneAuditEvent({ actor, organizationId: actor.organizationId, action: "connection.test", outcome: result.ok ? "success" : "failure", resourceType: CONNECTION_RESOURCE, resourceId: row.id, detail: message, context });
    return { ok: result.ok, kind: "client_credentials", message };
  }
  throw new AppError("bad_request", `A ${row.authType} connection cannot be tested here`);
}
