import "server-only";
// "Session token for me" and POST v1/content/{guid}/user-session-token: a short-lived user session
// token (user-session-token.ts) for one member and one workload the caller may reach. The caller's
// own by default; naming another member needs workload.userSessionTokenForOthers (admins). Audited
// without the token.
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { userSessionTokenRequestSchema } from "@/lib/schemas/content";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { parseInput } from "@/lib/server/validation";
import { signUserSessionToken } from "./user-session-token";
import { findWorkload } from "./workload-dto";

export async function issueUserSessionToken(actor: Actor, contentGuid: string, input: unknown, context: RequestContext): Promise<{ token: string; expiresIn: number; userGuid: string }> {
  await requirePermission(actor, "workload.read", context, { type: "content", id: contentGuid });
  const body = parseInput(userSessionTokenRequestSchema, input ?? {});
  const named = body.user_guid?.toLowerCase();
  const forOther = named !== undefined && named !== actor.userId;
  if (forOther) await requirePermission(actor, "workload.userSessionTokenForOthers", context, { type: "content", id: contentGuid });
  return db.$transaction(async (tx) => {
    const content = await findWorkload(actor, contentGuid, tx);
    let userId = actor.userId;
    if (forOther) {
      const member = isUuid(named) ? await tx.membership.findFirst({ where: { organizationId: actor.organizationId, userId: named, disabledAt: null }, select: { userId: true } }) : null;
      if (!member) throw new AppError("bad_request", `user_guid ${named.slice(0, 64)} is not a member of this organisation.`);
      userId = member.userId;
    }
    const { token, expiresIn } = await signUserSessionToken({ userId, contentId: content.id, organizationId: actor.organizationId });
    await recordAuditEvent(tx, {
      actor,
      organizationId: actor.organizationId,
      action: "user_session_token.create",
      resourceType: "content",
      resourceId: content.id,
      after: { user_guid: userId, expires_in: expiresIn },
      context,
    });
    return { token, expiresIn, userGuid: userId };
  });
}
