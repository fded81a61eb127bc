import "server-only";
// Posit's user list for the caller's organisation: `prefix` (username, first or last name, email),
// `account_status` (locked|licensed|inactive, "|" = or), `user_role` (administrator|publisher|viewer,
// "|" = or), Posit's page_number/page_size. Members by username, then the people invited and not
// yet joined (`confirmed: false`; by email, matched on the address the admin gave; listed unless
// the status filter names only locked or licensed users).
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { PositPaging } from "@/lib/schemas/groups";
import type { MemberDto, PendingDto } from "@/lib/schemas/users";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, type Prisma } from "@/lib/server/db/client";
import { pendingSelect, toPendingDto } from "@/lib/server/invitations/pending-dto";
import { memberSelect, readMember, toMemberDto } from "./member-dto";

const ROLE: Record<string, string> = { administrator: "admin", admin: "admin", publisher: "publisher", viewer: "viewer" };

export async function listPositUsers(
  actor: Actor,
  query: PositPaging & { accountStatus: string; userRole: string },
  context: RequestContext,
): Promise<{ members: MemberDto[]; pending: PendingDto[]; total: number }> {
  await requirePermission(actor, "user.read", context);
  const statuses = query.accountStatus.split("|").filter(Boolean);
  const roles = query.userRole.split("|").filter(Boolean).map((r) => ROLE[r] ?? r);
  const locked = statuses.includes("locked");
  const unlocked = statuses.includes("licensed") || statuses.includes("inactive");
  const where: Prisma.MembershipWhereInput = {
    organizationId: actor.organizationId,
    ...(roles.length && { role: { in: roles } }),
    ...(locked !== unlocked && statuses.length && { disabledAt: locked ? { not: null } : null }),
    ...(query.prefix && {
      user: {
        OR: [
          { username: { startsWith: query.prefix, mode: "insensitive" } },
          { firstName: { startsWith: query.prefix, mode: "insensitive" } },
          { lastName: { startsWith: query.prefix, mode: "insensitive" } },
          { email: { startsWith: query.prefix, mode: "insensitive" } },
        ],
      },
    }),
  };
  const withPending = statuses.length === 0 || statuses.includes("inactive");
  const pendingWhere: Prisma.InvitationWhereInput = {
    organizationId: actor.organizationId,
    ...(roles.length && { role: { in: roles } }),
    ...(query.prefix && { email: { startsWith: query.prefix, mode: "insensitive" } }),
  };
  const [memberTotal, pendingTotal] = await Promise.all([db.membership.count({ where }), withPending ? db.invitation.count({ where: pendingWhere }) : 0]);
  // One page across both: members first, then invitations; each read costs at most a page.
  const skip = (query.page_number - 1) * query.page_size;
  const memberTake = Math.max(0, Math.min(query.page_size, memberTotal - skip));
  const pendingSkip = Math.max(0, skip - memberTotal);
  const pendingTake = Math.min(query.page_size - memberTake, Math.max(0, pendingTotal - pendingSkip));
  const [rows, invitations] = await Promise.all([
    memberTake ? db.membership.findMany({ where, select: memberSelect, orderBy: [{ user: { username: "asc" } }], skip, take: memberTake }) : [],
    pendingTake ? db.invitation.findMany({ where: pendingWhere, select: pendingSelect, orderBy: [{ email: "asc" }, { id: "asc" }], skip: pendingSkip, take: pendingTake }) : [],
  ]);
  return { members: rows.map(toMemberDto), pending: invitations.map((i) => toPendingDto(i)), total: memberTotal + pendingTotal };
}

/** A member, or a person invited here and not yet joined (`pending`). */
export async function getPositUser(actor: Actor, userId: string, context: RequestContext): Promise<{ member: MemberDto } | { pending: PendingDto }> {
  await requirePermission(actor, "user.read", context, { type: "user", id: userId });
  if (!isUuid(userId)) throw notFound("User");
  // A member (the hot case: posit-sdk reads users by guid) in one prepared statement.
  const member = await readMember(actor.organizationId, userId);
  if (member) return { member };
  const invitation = await db.invitation.findUnique({ where: { organizationId_userId: { organizationId: actor.organizationId, userId } }, select: pendingSelect });
  if (!invitation) throw notFound("User");
  return { pending: toPendingDto(invitation) };
}
