import "server-only";
// The OAuth session's handler for the console's callback: on the provider's code, create (or
// renew) the user's session for the integration and store its tokens in one transaction, audited.
// A token without `expires_in` gets the configured default lifetime, never "valid forever".
import { env } from "@/lib/env";
import { recordAuditEvent, recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { viewerClient } from "@/lib/server/exchange/integration-client";
import { storeTokens, type AuthorizationResult, type PendingFlow } from "@/lib/server/oauth";
import { OAUTH_SESSION_RESOURCE, oauthSessionCredential } from "./oauth-session-credential";
import { loadConnectableIntegration } from "./start-oauth-session-connect";
import { noticeCode } from "@/lib/notices";

export async function resolveOAuthSessionClient(flow: PendingFlow) {
  const integration = await loadConnectableIntegration(flow.organizationId, flow.userId ?? "", flow.target.id ?? "");
  return (await viewerClient(integration)).client;
}

export async function completeOAuthSessionConnect(flow: PendingFlow, result: AuthorizationResult, actor: Actor, context: RequestContext): Promise<string> {
  const integrationGuid = flow.target.id ?? "";
  const page = "/connected-accounts";
  if (!result.ok) {
    await recordStandaloneAuditEvent({
      actor,
      organizationId: flow.organizationId,
      action: "oauthSession.connect",
      outcome: "failure",
      resourceType: "integration",
      resourceId: integrationGuid,
      detail: `${result.error}${result.errorDescription ? `: ${result.errorDescription}` : ""}`,
      context,
    });
    return `${page}?${new URLSearchParams({ connect: "failed", reason: noticeCode(result.error) })}`;
  }
  const integration = await loadConnectableIntegration(flow.organizationId, actor.userId, integrationGuid);
  await db.$transaction(async (tx) => {
    const session = await tx.oAuthSession.upsert({
      where: { userId_integrationId: { userId: actor.userId, integrationId: integration.id } },
      create: { organizationId: flow.organizationId, userId: actor.userId, integrationId: integration.id },
      update: { updatedAt: new Date() },
      select: { guid: true },
    });
    await storeTokens(tx, oauthSessionCredential(flow.organizationId, session.guid), {
      accessToken: result.accessToken,
      refreshToken: result.refreshToken,
      expiresIn: result.expiresIn ?? env.tokenDefaultLifetimeSeconds(),
      tokenType: result.tokenType,
      scope: result.scope,
      // Stored for the token endpoint that issued them: a refresh sends them only there.
      endpoint: result.endpoint,
    });
    await recordAuditEvent(tx, {
      actor,
      organizationId: flow.organizationId,
      action: "oauthSession.connect",
      resourceType: OAUTH_SESSION_RESOURCE,
      resourceId: session.guid,
      detail: `connected to OAuth integration ${integration.guid}${result.refreshToken ? "" : " (the provider sent no refresh token)"}`,
      context,
    });
  });
  return `${page}?${new URLSearchParams({ connect: "done", integration: integrationGuid })}`;
}
