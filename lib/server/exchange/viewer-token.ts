import "server-only";
// A Viewer integration's token for the visiting user: their OAuth session (connected once with
// authorization code + PKCE), refreshed on use through the OAuth engine's refresh (one provider
// call across instances, rotation kept, `invalid_grant` → needs reauthorization).
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { INTEGRATION_RESOURCE } from "@/lib/server/integrations/integration-dto";
import { refreshCredential, type CredentialRef } from "@/lib/server/oauth";
import { oauthSessionCredential } from "@/lib/server/oauth-sessions/oauth-session-credential";
import { viewerClient, type IntegrationRow } from "./integration-client";
import type { IssuedToken } from "./service-account-token";
import { handedOutToken, secondsUntil } from "./token-memo";

/** Refresh this long before the access token expires. */
const MARGIN_MS = 60_000;


type Input = {
  actor: Actor;
  context: RequestContext;
  integration: IntegrationRow & { name: string };
  userId: string;
  contentGuid: string;
  /** Where the user (re)connects: the integration's console page. */
  connectUrl: string;
};

const notConnected = (input: Input) =>
  new AppError(
    "bad_request",
    `The viewer has not connected their account for OAuth integration ${input.integration.guid}. Connect it in the console: ${input.connectUrl}`,
  );
const reconnect = (input: Input) =>
  new AppError(
    "bad_request",
    `The viewer's connection to OAuth integration ${input.integration.guid} needs reauthorization. Reconnect it in the console: ${input.connectUrl}`,
  );

async function read(ref: CredentialRef) {
  return db.oAuthCredential.findUnique({
    where: { resourceType_resourceId: { resourceType: ref.resourceType, resourceId: ref.resourceId } },
    select: { state: true, accessTokenExpiresAt: true, generation: true },
  });
}

const tokenOf = (ref: CredentialRef, generation: number) => handedOutToken(`viewer:${ref.resourceId}`, generation, ref.resourceType, ref.resourceId);

export async function viewerToken(input: Input): Promise<IssuedToken> {
  const { integration, userId } = input;
  const session = await db.oAuthSession.findUnique({
    where: { userId_integrationId: { userId, integrationId: integration.id } },
    select: { guid: true, organizationId: true },
  });
  if (!session || session.organizationId !== integration.organizationId) throw notConnected(input);
  const ref = oauthSessionCredential(session.organizationId, session.guid);
  const facts = await read(ref);
  if (!facts) throw notConnected(input);
  if (facts.state === "needs_reauthorization") throw reconnect(input);
  const expiresAt = facts.accessTokenExpiresAt;
  if (expiresAt && expiresAt.getTime() - MARGIN_MS > Date.now()) {
    const token = await tokenOf(ref, facts.generation);
    if (token) return { accessToken: token, expiresIn: secondsUntil(expiresAt), tokenType: "Bearer", obtained: false };
  }

  const { client } = await viewerClient(integration);
  const outcome = await refreshCredential({
    ref,
    client,
    defaultExpiresIn: env.tokenDefaultLifetimeSeconds(),
    onOutcome: async (tx, result) => {
      if (result.status === "coalesced" || result.status === "no_credential") return;
      const ok = result.status === "refreshed";
      await recordAuditEvent(tx, {
        actor: input.actor,
        organizationId: integration.organizationId,
        action: "exchange.tokenObtained",
        outcome: ok ? "success" : "failure",
        resourceType: INTEGRATION_RESOURCE,
        resourceId: integration.guid,
        detail: ok
          ? `refreshed the viewer token of OAuth session ${session.guid} for workload ${input.contentGuid}${result.rotated ? " (refresh token rotated)" : ""}`
          : `refreshing OAuth session ${session.guid} failed: ${result.error}`,
        context: input.context,
      });
    },
  });
  switch (outcome.status) {
    case "needs_reauthorization":
      throw reconnect(input);
    case "no_credential":
      throw reconnect(input);
    case "rejected":
    case "unreachable":
      throw new AppError("upstream_failed", `The provider of OAuth integration ${integration.guid} refused to refresh the viewer's token: ${outcome.error}${outcome.errorDescription ? `: ${outcome.errorDescription}` : ""}`);
    default:
      break;
  }
  await db.oAuthSession.updateMany({ where: { guid: session.guid }, data: { updatedAt: new Date() } });
  const after = await read(ref);
  if (!after || after.state === "needs_reauthorization") throw reconnect(input);
  const token = await tokenOf(ref, after.generation);
  if (!token) throw reconnect(input);
  return { accessToken: token, expiresIn: secondsUntil(after.accessTokenExpiresAt), tokenType: "Bearer", obtained: outcome.status === "refreshed" };
}
