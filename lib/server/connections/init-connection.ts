import "server-only";
// InitialiseConnection: what a client must do to connect an app with an auth type. Types
// configured with data get `action.form.schema` (the JSON Schema of the data CreateConnection
// takes); OAuth 2.0 authorization code and OIDC get `action.redirect.url` — the provider's
// authorization URL with PKCE and a single-use `state` bound to the organisation and the caller,
// begun through the shared OAuth engine.
import { AppError } from "@/lib/errors";
import type { AuthConfigType } from "@/lib/schemas/apps";
import { connectionFormJsonSchema, initConnectionSchema } from "@/lib/schemas/connections";
import { recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { findUsableApp } from "@/lib/server/apps/find-app";
import { beginAuthorization } from "@/lib/server/oauth";
import { parseInput } from "@/lib/server/validation";
import { needsRedirect, requireFormAuthType, requireSupportedAuthType } from "./accept-connection-data";
import { appOAuthEndpoints } from "./app-oauth-client";
import { CONNECTION_RESOURCE } from "./connection-dto";

export const CONNECTION_FLOW_KIND = "switchboardConnection";

export type InitConnectionAction = { redirect: { url: string } } | { form: { schema: Record<string, unknown> } };
export type InitOptions = {
  /** Our callback URL as registered with the provider (origin + the callback path). */
  redirectUri: string;
  /** The console's browser binding (cookie); `false` when an API client starts the flow. */
  binding: string | null | false;
  /** The session user to bind the callback to (console); null for API clients. */
  sessionUserId: string | null;
};

export async function initConnection(actor: Actor, input: unknown, options: InitOptions, context: RequestContext): Promise<{ action: InitConnectionAction; binding?: string }> {
  await requirePermission(actor, "connection.write", context, { type: CONNECTION_RESOURCE });
  const body = parseInput(initConnectionSchema, input);
  const app = await findUsableApp(actor, body.appId);
  if (!app) throw new AppError("validation_failed", `App "${body.appId}" not found`, { fieldErrors: { appId: [`App "${body.appId}" not found`] } });
  const config = requireSupportedAuthType(app, body.authType);
  if (!needsRedirect(app, body.authType)) return { action: { form: { schema: connectionFormJsonSchema(requireFormAuthType(app, body.authType)) } } };

  const endpoints = await appOAuthEndpoints(app, config.type as AuthConfigType);
  const begun = await beginAuthorization({
    organizationId: actor.organizationId,
    userId: options.sessionUserId,
    target: {
      kind: CONNECTION_FLOW_KIND,
      data: { appId: app.id, authType: config.type, name: body.name ?? `${app.name} (${config.type})`, initiatedBy: actor.userId, returnTo: body.returnTo ?? null },
    },
    authorizeUrl: endpoints.authorizeUrl,
    clientId: endpoints.clientId,
    scope: endpoints.scope,
    redirectUri: options.redirectUri,
    binding: options.binding,
  });
  await recordStandaloneAuditEvent({
    actor,
    organizationId: actor.organizationId,
    action: "connection.init",
    resourceType: CONNECTION_RESOURCE,
    detail: `${config.type} authorization begun for app ${app.id}`,
    context,
  });
  return { action: { redirect: { url: begun.authorizationUrl } }, ...(options.binding !== false && { binding: begun.binding }) };
}
