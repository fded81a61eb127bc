import "server-only";
// An admin's view of the people invited into their organisation and not yet joined: a page of
// them (the address given, role, dates; nothing of the account), revoke one, or make a fresh link
// for one (the older link stops working).
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { PendingDto } from "@/lib/schemas/users";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, type Prisma } from "@/lib/server/db/client";
import { inviteAccount, type Invited } from "./invite-account";
import { pendingSelect, toPendingDto } from "./pending-dto";

export const PENDING_PAGE_SIZE = 25;

export async function listPendingInvitations(actor: Actor, query: { q: string; page: number }, context: RequestContext): Promise<{ items: PendingDto[]; total: number }> {
  await requirePermission(actor, "user.read", context);
  const where: Prisma.InvitationWhereInput = { organizationId: actor.organizationId, ...(query.q && { email: { contains: query.q, mode: "insensitive" } }) };
  const [total, rows] = await Promise.all([
    db.invitation.count({ where }),
    db.invitation.findMany({ where, select: pendingSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: (query.page - 1) * PENDING_PAGE_SIZE, take: PENDING_PAGE_SIZE }),
  ]);
  return { items: rows.map((r) => toPendingDto(r)), total };
}

export async function revokeInvitation(actor: Actor, userId: string, context: RequestContext): Promise<void> {
  await requirePermission(actor, "user.manage", context, { type: "user", id: userId });
  if (!isUuid(userId)) throw notFound("Invitation");
  await db.$transaction(async (tx) => {
    const row = await tx.invitation.findUnique({ where: { organizationId_userId: { organizationId: actor.organizationId, userId } }, select: { id: true, ...pendingSelect } });
    if (!row) throw notFound("Invitation");
    await tx.invitation.delete({ where: { id: row.id } });
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "user.invitation.revoke", resourceType: "user", resourceId: userId, before: toPendingDto(row), context });
  });
}

/** A fresh link (7 days again) for a pending invitation; the older link stops working. */
export async function renewInvitation(actor: Actor, userId: string, context: RequestContext): Promise<Invited> {
  await requirePermission(actor, "user.manage", context, { type: "user", id: userId });
  if (!isUuid(userId)) throw notFound("Invitation");
  return db.$transaction(async (tx) => {
    const row = await tx.invitation.findUnique({ where: { organizationId_userId: { organizationId: actor.organizationId, userId } }, select: { email: true, role: true } });
    if (!row) throw notFound("Invitation");
    return inviteAccount(tx, { actor, label: actor.email }, actor.organizationId, { userId, email: row.email, role: row.role }, context);
  });
}
