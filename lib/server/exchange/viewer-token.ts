import "server-only";
// A Viewer integration's token for the visiting user: their OAuth session (connected once with
// authorization code + PKCE), refreshed on use through the OAuth engine's refresh (one provider
// call across instances, rotation kept, `invalid_grant` → needs reauthorization, a cooldown after
// other failures so a broken provider is not asked again on every exchange).
//
// Tokens are bound to the token endpoint they came from: when the integration's endpoint has
// moved since the viewer connected, their tokens are never used again (nor sent to the new
// endpoint) — the connection is marked as needing reauthorization and the viewer is told to
// reconnect, as after `invalid_grant`.
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { INTEGRATION_RESOURCE } from "@/lib/server/integrations/integration-dto";
import { credentialEventFor } from "@/lib/server/webhooks/credential-events";
import { enqueueWebhookEvent } from "@/lib/server/webhooks/enqueue-webhook-event";
import { markNeedsReauthorization, refreshCredential, type CooledRefreshOutcome, type CredentialRef } from "@/lib/server/oauth";
import { oauthSessionCredential } from "@/lib/server/oauth-sessions/oauth-session-credential";
import { sameEndpoint } from "@/lib/server/secrets/endpoint-binding";
import { viewerClient, viewerEndpoints, type IntegrationRow } from "./integration-client";
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

type Facts = { state: string; access_token_expires_at: Date | null; generation: number; last_refresh_error: string | null; endpoint: string | null };

/** The credential's facts and the endpoint its tokens were stored for (the refresh token's, else the access token's). */
async function read(ref: CredentialRef): Promise<Facts | undefined> {
  const [facts] = await db.$queryRaw<Facts[]>`
    SELECT c.state, c.access_token_expires_at, c.generation, c.last_refresh_error, COALESCE(r.endpoint, a.endpoint) AS endpoint
      FROM oauth_credentials c
      LEFT JOIN secrets r ON r.resource_type = c.resource_type AND r.resource_id = c.resource_id AND r.field = 'refreshToken'
      LEFT JOIN secrets a ON a.resource_type = c.resource_type AND a.resource_id = c.resource_id AND a.field = 'accessToken'
     WHERE c.resource_type = ${ref.resourceType} AND c.resource_id = ${ref.resourceId}`;
  return facts;
}

const tokenOf = (ref: CredentialRef, generation: number) => handedOutToken(`viewer:${ref.resourceId}`, generation, ref.resourceType, ref.resourceId);

const describeOutcome = (outcome: Extract<CooledRefreshOutcome, { errorDescription?: string }>) => `${outcome.error}${outcome.errorDescription ? `: ${outcome.errorDescription}` : ""}`;

/** The integration's token endpoint moved since the viewer connected: their tokens are done with. */
async function endpointMoved(input: Input, ref: CredentialRef, sessionGuid: string): Promise<never> {
  await db.$transaction(async (tx) => {
    const changed = await markNeedsReauthorization(tx, ref, "the integration's token endpoint changed since this account was connected");
    if (changed === 0) return;
    await recordAuditEvent(tx, {
      actor: input.actor,
      organizationId: input.integration.organizationId,
      action: "exchange.tokenObtained",
      outcome: "failure",
      resourceType: INTEGRATION_RESOURCE,
      resourceId: input.integration.guid,
      detail: `OAuth session ${sessionGuid} needs reauthorization: its tokens were issued by the integration's previous token endpoint`,
      context: input.context,
    });
  });
  throw reconnect(input);
}

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
  if (!sameEndpoint(facts.endpoint, viewerEndpoints(integration).tokenUrl)) return endpointMoved(input, ref, session.guid);
  const expiresAt = facts.access_token_expires_at;
  if (expiresAt && expiresAt.getTime() - MARGIN_MS > Date.now()) {
    const token = await tokenOf(ref, facts.generation);
    if (token) return { accessToken: token, expiresIn: secondsUntil(expiresAt), tokenType: "Bearer", obtained: false };
  }

  const { client } = await viewerClient(integration);
  const wasFailing = Boolean(facts.last_refresh_error);
  const outcome = await refreshCredential({
    ref,
    client,
    cooldown: true,
    defaultExpiresIn: env.tokenDefaultLifetimeSeconds(),
    onOutcome: async (tx, result) => {
      // Only the caller that asked the provider audits; waiters and cooled-down calls asked nobody.
      if (result.status === "coalesced" || result.status === "no_credential" || result.status === "cooling_down") return;
      const ok = result.status === "refreshed";
      const event = credentialEventFor(result, wasFailing);
      if (event) {
        await enqueueWebhookEvent(tx, integration.organizationId, {
          type: event,
          resource: { type: "integration", id: integration.guid, name: integration.name, path: `/integrations/${integration.guid}` },
          actor: input.actor,
          detail: `a connected account (OAuth session ${session.guid})${"error" in result ? `: ${result.error}` : ""}`,
        });
      }
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
    case "no_credential":
      throw reconnect(input);
    case "cooling_down":
      throw new AppError("upstream_failed", `The provider of OAuth integration ${integration.guid} failed to refresh the viewer's token (${outcome.error}); retrying after a cooldown.`, {
        retryAfterSeconds: outcome.retryAfterSeconds,
      });
    case "rejected":
    case "unreachable":
      throw new AppError("upstream_failed", `The provider of OAuth integration ${integration.guid} refused to refresh the viewer's token: ${describeOutcome(outcome)}`);
    default:
      break;
  }
  await db.oAuthSession.updateMany({ where: { guid: session.guid }, data: { updatedAt: new Date() } });
  const after = await read(ref);
  if (!after || after.state === "needs_reauthorization") throw reconnect(input);
  const token = await tokenOf(ref, after.generation);
  if (!token) throw reconnect(input);
  return { accessToken: token, expiresIn: secondsUntil(after.access_token_expires_at), tokenType: "Bearer", obtained: outcome.status === "refreshed" };
}
