import "server-only";
// The Users page's list: search, role and status filters, sort and pages, from the URL.
import type { MemberDto, MemberListQuery } from "@/lib/schemas/users";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, type Prisma } from "@/lib/server/db/client";
import { memberSelect, toMemberDto } from "./member-dto";

const ORDER: Record<MemberListQuery["sort"], Prisma.MembershipOrderByWithRelationInput[]> = {
  email: [{ user: { email: "asc" } }],
  "-email": [{ user: { email: "desc" } }],
  name: [{ user: { firstName: "asc" } }, { user: { lastName: "asc" } }, { user: { email: "asc" } }],
  "-name": [{ user: { firstName: "desc" } }, { user: { lastName: "desc" } }, { user: { email: "asc" } }],
  role: [{ role: "asc" }, { user: { email: "asc" } }],
  "-role": [{ role: "desc" }, { user: { email: "asc" } }],
  created: [{ createdAt: "asc" }, { id: "asc" }],
  "-created": [{ createdAt: "desc" }, { id: "desc" }],
};

export async function searchMembers(actor: Actor, query: MemberListQuery, context: RequestContext) {
  await requirePermission(actor, "user.read", context);
  const userWhere: Prisma.UserWhereInput = {
    ...(query.q && {
      OR: [
        { email: { contains: query.q, mode: "insensitive" } },
        { username: { contains: query.q, mode: "insensitive" } },
        { firstName: { contains: query.q, mode: "insensitive" } },
        { lastName: { contains: query.q, mode: "insensitive" } },
      ],
    }),
    ...(query.status === "active" && { disabledAt: null }),
  };
  const where: Prisma.MembershipWhereInput = {
    organizationId: actor.organizationId,
    ...(Object.keys(userWhere).length > 0 && { user: userWhere }),
    ...(query.role && { role: query.role }),
    ...(query.status === "active" && { disabledAt: null }),
    // Disabled here, or disabled everywhere (the account).
    ...(query.status === "disabled" && { OR: [{ disabledAt: { not: null } }, { user: { disabledAt: { not: null } } }] }),
  };
  const [total, rows] = await Promise.all([
    db.membership.count({ where }),
    db.membership.findMany({ where, select: memberSelect, orderBy: ORDER[query.sort], skip: (query.page - 1) * query.size, take: query.size }),
  ]);
  const items: MemberDto[] = rows.map(toMemberDto);
  return { total, page: query.page, pageSize: query.size, pageCount: Math.max(1, Math.ceil(total / query.size)), items };
}
