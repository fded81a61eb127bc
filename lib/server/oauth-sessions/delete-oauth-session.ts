import "server-only";
// Disconnects one of the caller's accounts: its tokens, facts and the session go, audited. The
// provider's grant is not revoked there (the user can do that at the provider).
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { deleteCredential } from "@/lib/server/oauth";
import { OAUTH_SESSION_RESOURCE, oauthSessionCredential } from "./oauth-session-credential";
import { loadOAuthSessions } from "./oauth-session-dto";

export async function deleteOAuthSession(actor: Actor, guid: string, context: RequestContext): Promise<void> {
  await requirePermission(actor, "oauthSession.own", context);
  if (!isUuid(guid)) throw notFound("OAuth session");
  await db.$transaction(async (tx) => {
    const [before] = await loadOAuthSessions(actor.organizationId, { userId: actor.userId, guid }, tx);
    if (!before) throw notFound("OAuth session");
    const deleted = await tx.oAuthSession.deleteMany({ where: { guid, userId: actor.userId, organizationId: actor.organizationId } });
    if (deleted.count !== 1) throw notFound("OAuth session");
    await deleteCredential(tx, oauthSessionCredential(actor.organizationId, guid));
    await recordAuditEvent(tx, {
      actor,
      organizationId: actor.organizationId,
      action: "oauthSession.disconnect",
      resourceType: OAUTH_SESSION_RESOURCE,
      resourceId: guid,
      before,
      detail: `disconnected from OAuth integration ${before.integrationGuid}`,
      context,
    });
  });
}
