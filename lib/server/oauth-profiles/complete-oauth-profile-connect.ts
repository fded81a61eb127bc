import "server-only";
// The OAuth profile's handler for the console's callback (registered in
// lib/server/oauth-callback-targets.ts): on the provider's code, create the profile ("Connect")
// or replace its tokens ("Reconnect") with the tokens in the same transaction, and audit.
import { isAppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { storeTokens, type PendingFlow, type AuthorizationResult } from "@/lib/server/oauth";
import { loadOAuthAppClient } from "@/lib/server/oauth-apps/oauth-app-client";
import { isUniqueViolation } from "@/lib/server/oauth-apps/oauth-app-rules";
import { loadOAuthProfile, lockOAuthProfile, OAUTH_PROFILE_RESOURCE, profileCredential } from "./oauth-profile-dto";
import { noticeCode } from "@/lib/notices";

const appIdOf = (flow: PendingFlow) => Number(flow.target.data.oauthAppId);
const text = (value: unknown) => (typeof value === "string" ? value : "");

export const resolveProfileClient = async (flow: PendingFlow) => (await loadOAuthAppClient(flow.organizationId, appIdOf(flow))).client;

const failed = (flow: PendingFlow, reason: string) => {
  const params = new URLSearchParams({ connect: "failed", reason: noticeCode(reason) });
  return flow.target.id ? `/oauth-profiles/${flow.target.id}?${params}` : `/oauth-profiles/new?${params}`;
};

export async function completeOAuthProfileConnect(flow: PendingFlow, result: AuthorizationResult, actor: Actor, context: RequestContext): Promise<string> {
  const reconnect = flow.target.data.mode === "reconnect" && flow.target.id;
  const audit = (tx: Parameters<typeof recordAuditEvent>[0], resourceId: string | null, outcome: "success" | "failure", detail: string) =>
    recordAuditEvent(tx, {
      actor,
      organizationId: flow.organizationId,
      action: reconnect ? "oauthProfile.reconnect" : "oauthProfile.connect",
      outcome,
      resourceType: OAUTH_PROFILE_RESOURCE,
      resourceId,
      detail,
      context,
    });

  if (!result.ok) {
    await db.$transaction((tx) => audit(tx, flow.target.id, "failure", `${result.error}${result.errorDescription ? `: ${result.errorDescription}` : ""}`));
    return failed(flow, result.error);
  }
  const tokens = { accessToken: result.accessToken, refreshToken: result.refreshToken, expiresIn: result.expiresIn, tokenType: result.tokenType, scope: result.scope, expiresAt: null, endpoint: result.endpoint };

  try {
    const id = await db.$transaction(async (tx) => {
      if (reconnect) {
        const id = Number(flow.target.id);
        const before = await lockOAuthProfile(tx, flow.organizationId, actor.userId, id);
        await storeTokens(tx, profileCredential(flow.organizationId, id), tokens);
        await tx.oAuthProfile.update({ where: { id }, data: { updatedAt: new Date(), version: { increment: 1 } } });
        const after = await loadOAuthProfile(flow.organizationId, actor.userId, id, tx);
        await recordAuditEvent(tx, { actor, organizationId: flow.organizationId, action: "oauthProfile.reconnect", resourceType: OAUTH_PROFILE_RESOURCE, resourceId: String(id), before, after, context });
        return id;
      }
      const row = await tx.oAuthProfile.create({
        data: { organizationId: flow.organizationId, ownerId: actor.userId, oauthAppId: appIdOf(flow), name: text(flow.target.data.name), description: text(flow.target.data.description) },
      });
      await storeTokens(tx, profileCredential(flow.organizationId, row.id), tokens);
      const after = await loadOAuthProfile(flow.organizationId, actor.userId, row.id, tx);
      await recordAuditEvent(tx, { actor, organizationId: flow.organizationId, action: "oauthProfile.connect", resourceType: OAUTH_PROFILE_RESOURCE, resourceId: String(row.id), after, context });
      return row.id;
    });
    return `/oauth-profiles/${id}?connect=done`;
  } catch (error) {
    if (isUniqueViolation(error)) return failed(flow, "name_taken");
    if (isAppError(error)) return failed(flow, error.code);
    throw error;
  }
}
