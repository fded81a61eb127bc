import "server-only";
// The console's Groups list: search by name, sort by name, numbered pages by keyset
// (lib/server/pagination). Names are unique in an organisation, so (organization_id, name) — the
// unique index — is the whole order and every cursor is exact.
import type { GroupDto, GroupListQuery } from "@/lib/schemas/groups";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { Prisma } from "@/lib/server/db/client";
import { col, keysetPage, sortBoth, type Page } from "@/lib/server/pagination/keyset-page";
import { containsPattern } from "@/lib/server/pagination/like";

export const GROUPS_PAGE_SIZE = 25;

type Row = { id: string; name: string; created_at: Date; member_count: number };

const ORDER = sortBoth("name", [col(Prisma.sql`g.name`, "name", "text")]);

export async function searchGroups(actor: Actor, query: GroupListQuery, context: RequestContext): Promise<Page<GroupDto>> {
  await requirePermission(actor, "group.read", context);
  const where = [Prisma.sql`g.organization_id = ${actor.organizationId}::uuid`];
  if (query.q) where.push(Prisma.sql`g.name ILIKE ${containsPattern(query.q)}`);
  const page = await keysetPage<Row>({
    // The member count is a subquery per row of the page only (group_members has (group_id, user_id)).
    select: Prisma.sql`g.id::text AS id, g.name, g.created_at, (SELECT count(*)::int FROM group_members m WHERE m.group_id = g.id) AS member_count`,
    from: Prisma.sql`groups g`,
    where,
    order: ORDER[query.sort],
    request: { page: query.page, cursor: query.cursor, size: query.size ?? GROUPS_PAGE_SIZE },
  });
  return {
    ...page,
    items: page.items.map((r) => ({ guid: r.id, name: r.name, ownerGuid: null, createdAt: r.created_at.toISOString(), memberCount: r.member_count })),
  };
}
