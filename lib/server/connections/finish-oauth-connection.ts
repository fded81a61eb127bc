import "server-only";
// FinaliseConnectionCallback: the provider's redirect back after connection-init. The engine
// consumes the flow by its `state` (single use, expiry, organisation, and the user and browser
// when the console started it) and exchanges the code with the PKCE verifier; then the
// connection is created and its tokens stored encrypted, in one transaction with its audit event.
// The user who began the flow must still be allowed to write connections.
import { AppError } from "@/lib/errors";
import { can, isRole } from "@/lib/permissions";
import { isAuthConfigType } from "@/lib/schemas/apps";
import { recordAuditEvent, recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import { toActor, type Actor, type RequestContext } from "@/lib/server/auth/actor";
import { findUsableApp } from "@/lib/server/apps/find-app";
import { db } from "@/lib/server/db/client";
import { completeAuthorization, storeTokens, type PendingFlow } from "@/lib/server/oauth";
import { appOAuthClient, appOAuthEndpoints } from "./app-oauth-client";
import { CONNECTION_RESOURCE } from "./connection-dto";
import { loadConnection } from "./find-connection";
import { CONNECTION_FLOW_KIND } from "./init-connection";

export type CallbackInput = { state: string | null; code: string | null; error: string | null; errorDescription: string | null; binding: string | null; sessionUserId: string | null };
export type CallbackOutcome = { ok: true; connectionId: string; returnTo: string | null } | { ok: false; error: string; returnTo: string | null };

async function actorOf(flow: PendingFlow): Promise<Actor> {
  const userId = String(flow.target.data.initiatedBy ?? "");
  const membership = await db.membership.findFirst({
    where: { userId, organizationId: flow.organizationId, disabledAt: null, user: { disabledAt: null } },
    select: { role: true, organization: { select: { id: true, slug: true } }, user: { select: { id: true, email: true, firstName: true, lastName: true } } },
  });
  if (!membership || !isRole(membership.role)) throw new AppError("forbidden", "The user who started this connection can no longer create connections.");
  const actor = toActor(membership.user, membership.organization, membership.role, "session");
  if (!can(actor.role, "connection.write")) throw new AppError("forbidden", "The user who started this connection can no longer create connections.");
  return actor;
}

export async function finishOAuthConnection(input: CallbackInput, context: RequestContext): Promise<CallbackOutcome> {
  let actor: Actor | null = null;
  let app: Awaited<ReturnType<typeof findUsableApp>> = null;
  const { flow, result } = await completeAuthorization({
    state: input.state,
    code: input.code,
    error: input.error,
    errorDescription: input.errorDescription,
    userId: input.sessionUserId,
    binding: input.binding,
    resolveClient: async (pending) => {
      if (pending.target.kind !== CONNECTION_FLOW_KIND) throw new AppError("bad_request", "This sign-in response is not for a connection.");
      actor = await actorOf(pending);
      const authType = String(pending.target.data.authType);
      app = await findUsableApp(actor, String(pending.target.data.appId));
      if (!app || !isAuthConfigType(authType)) throw new AppError("conflict", "The app of this connection no longer exists.");
      const { tokenUrl } = await appOAuthEndpoints(app, authType);
      return appOAuthClient(app, authType, tokenUrl);
    },
  });
  const returnTo = typeof flow.target.data.returnTo === "string" ? flow.target.data.returnTo : null;
  if (flow.target.kind !== CONNECTION_FLOW_KIND) throw new AppError("bad_request", "This sign-in response is not for a connection.");
  actor ??= await actorOf(flow);
  const who: Actor = actor;
  if (!result.ok) {
    await recordStandaloneAuditEvent({
      actor: who,
      organizationId: who.organizationId,
      action: "connection.create",
      outcome: "failure",
      resourceType: CONNECTION_RESOURCE,
      detail: `authorization failed: ${result.error}${result.errorDescription ? ` (${result.errorDescription})` : ""}`,
      context,
    });
    return { ok: false, error: result.errorDescription ? `${result.error}: ${result.errorDescription}` : result.error, returnTo };
  }
  const usable = app as Awaited<ReturnType<typeof findUsableApp>>;
  if (!usable) throw new AppError("conflict", "The app of this connection no longer exists.");
  const id = await db.$transaction(async (tx) => {
    const row = await tx.connection.create({
      data: { organizationId: who.organizationId, appId: usable.id, name: String(flow.target.data.name ?? usable.name).slice(0, 200), authType: String(flow.target.data.authType), data: {} },
    });
    await storeTokens(tx, { organizationId: who.organizationId, resourceType: CONNECTION_RESOURCE, resourceId: row.id }, result);
    const { dto } = await loadConnection(who, row.id, tx);
    await recordAuditEvent(tx, { actor: who, organizationId: who.organizationId, action: "connection.create", resourceType: CONNECTION_RESOURCE, resourceId: row.id, after: dto, detail: "OAuth authorization code", context });
    return row.id;
  });
  return { ok: true, connectionId: id, returnTo };
}
