import "server-only";
// The workload and visiting user a user session token names, and whether the caller may exchange
// for it: an admin of the workload's organisation, or the
// publisher who owns it. Another organisation's workload is "not found": nothing crosses.
import { AppError, notFound } from "@/lib/errors";
import { recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { verifyUserSessionToken } from "@/lib/server/workloads/user-session-token";
import { badRequest, type ExchangeRequest } from "./exchange-request";

export type ExchangeSubject = { contentId: string; ownerId: string | null; organizationId: string; userId: string | null };

/** The visitor and workload a user session token names (content session tokens: select-integration.ts's readContentSubject). */
export async function resolveUserSubject(actor: Actor, request: ExchangeRequest): Promise<ExchangeSubject> {
  const subject = await verifyUserSessionToken(request.subjectToken);
  if (!subject) throw badRequest("The subject_token is not a valid user session token: it is malformed, expired or not signed by this server.");
  if (subject.organizationId !== actor.organizationId) throw notFound("Content");
  const [row] = await db.$queryRaw<{ owner_id: string | null; member: boolean }[]>`
    SELECT c.owner_id::text AS owner_id,
           EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
                    WHERE m.user_id = ${subject.userId}::uuid AND m.organization_id = c.organization_id
                      AND m.disabled_at IS NULL AND u.disabled_at IS NULL) AS member
      FROM content_items c WHERE c.id = ${subject.contentId}::uuid AND c.organization_id = ${subject.organizationId}::uuid`;
  if (!row) throw notFound("Content");
  if (!row.member) throw badRequest("The user session token's user is no longer an active member of this organisation.");
  return { contentId: subject.contentId, ownerId: row.owner_id, organizationId: subject.organizationId, userId: subject.userId };
}

/** Admins may exchange for any workload of their organisation; publishers for the ones they own. */
export async function requireExchangeRight(actor: Actor, subject: ExchangeSubject, contentGuid: string, context: RequestContext): Promise<void> {
  if (actor.role === "admin") return;
  if (actor.role === "publisher" && subject.ownerId === actor.userId) return;
  await recordStandaloneAuditEvent({
    actor,
    organizationId: actor.organizationId,
    action: "content.exchange",
    outcome: "denied",
    resourceType: "content",
    resourceId: contentGuid,
    detail: "only an admin or the publisher who owns the content item may exchange its tokens",
    context,
  });
  throw new AppError("forbidden", "Only an administrator or the publisher who owns this content item may exchange its credentials.");
}
