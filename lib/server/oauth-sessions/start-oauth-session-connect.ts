import "server-only";
// "Connect your account" for a Viewer integration: starts the authorization-code flow (PKCE) for
// the signed-in user; the console's callback stores their tokens as their OAuth session. Any
// member the integration's "who can use it" list admits may connect, whatever their role.
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { viewerClient } from "@/lib/server/exchange/integration-client";
import { userMayUse } from "@/lib/server/integrations/integration-permissions";
import { beginAuthorization } from "@/lib/server/oauth";
import { OAUTH_SESSION_TARGET } from "./oauth-session-credential";

export type ConnectRequest = { redirectUri: string; binding: string | null };

/** A Viewer integration of the caller's organisation that the caller may use (else 404 / 403 / 400). */
export async function loadConnectableIntegration(organizationId: string, userId: string, guid: string) {
  if (!isUuid(guid)) throw notFound("OAuth integration");
  const row = await db.integration.findFirst({
    where: { guid, organizationId },
    select: { id: true, guid: true, organizationId: true, name: true, template: true, authType: true, config: true },
  });
  if (!row) throw notFound("OAuth integration");
  if (row.authType !== "Viewer") throw new AppError("bad_request", `OAuth integration ${row.guid} is not a Viewer integration: there is no account to connect.`);
  if (!(await db.$transaction((tx) => userMayUse(tx, row.id, userId)))) {
    throw new AppError("forbidden", `You are not among the people who may use OAuth integration ${row.guid}.`);
  }
  return row;
}

export async function startOAuthSessionConnect(actor: Actor, integrationGuid: string, request: ConnectRequest, context: RequestContext) {
  await requirePermission(actor, "oauthSession.own", context);
  const integration = await loadConnectableIntegration(actor.organizationId, actor.userId, integrationGuid);
  const { authorizeUrl, client, scope } = await viewerClient(integration);
  const begun = await beginAuthorization({
    organizationId: actor.organizationId,
    userId: actor.userId,
    target: { kind: OAUTH_SESSION_TARGET, id: integration.guid },
    authorizeUrl,
    clientId: client.clientId,
    scope,
    redirectUri: request.redirectUri,
    // Google issues a refresh token only for offline access with fresh consent; other providers ignore these.
    extraParams: { access_type: "offline", prompt: "consent" },
    binding: request.binding,
  });
  return { authorizationUrl: begun.authorizationUrl, binding: begun.binding };
}
