import "server-only";
// Posit's user list for the caller's organisation: `prefix` (username, first or last name, email),
// `account_status` (locked|licensed|inactive, "|" = or), `user_role` (administrator|publisher|viewer,
// "|" = or), Posit's page_number/page_size. Ordered by username.
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { PositPaging } from "@/lib/schemas/groups";
import type { MemberDto } from "@/lib/schemas/users";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, type Prisma } from "@/lib/server/db/client";
import { memberSelect, toMemberDto } from "./member-dto";

const ROLE: Record<string, string> = { administrator: "admin", admin: "admin", publisher: "publisher", viewer: "viewer" };

export async function listPositUsers(
  actor: Actor,
  query: PositPaging & { accountStatus: string; userRole: string },
  context: RequestContext,
): Promise<{ results: MemberDto[]; total: number }> {
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
  const [total, rows] = await Promise.all([
    db.membership.count({ where }),
    db.membership.findMany({ where, select: memberSelect, orderBy: [{ user: { username: "asc" } }], skip: (query.page_number - 1) * query.page_size, take: query.page_size }),
  ]);
  return { results: rows.map(toMemberDto), total };
}

export async function getPositUser(actor: Actor, userId: string, context: RequestContext): Promise<MemberDto> {
  await requirePermission(actor, "user.read", context, { type: "user", id: userId });
  if (!isUuid(userId)) throw notFound("User");
  const row = await db.membership.findUnique({ where: { userId_organizationId: { userId, organizationId: actor.organizationId } }, select: memberSelect });
  if (!row) throw notFound("User");
  return toMemberDto(row);
}
