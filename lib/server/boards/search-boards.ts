import "server-only";
// The console's Boards list: search, status filter, sort, numbered pages by keyset (lib/server/pagination).
import type { BoardDto, BoardListQuery } from "@/lib/schemas/boards";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, Prisma } from "@/lib/server/db/client";
import { col, inPageOrder, keysetPage, sortBoth, type Page, type SortOrder } from "@/lib/server/pagination/keyset-page";
import { containsPattern } from "@/lib/server/pagination/like";
import { BOARD_RESOURCE, boardInclude, toBoardDto } from "./board-dto";

export const BOARDS_PAGE_SIZE = 25;

// Indexes (organization_id, name, id) and (organization_id, created_at, id).
const id = col(Prisma.sql`b.id`, "id", "uuid");
const name = col(Prisma.sql`b.name`, "name", "text");
const created = col(Prisma.sql`b.created_at`, "createdAt", "timestamptz");
const ORDER: Record<BoardListQuery["sort"], SortOrder> = {
  ...sortBoth("name", [name, id]),
  ...sortBoth("created", [created, id]),
};

export async function searchBoards(actor: Actor, query: BoardListQuery, context: RequestContext): Promise<Page<BoardDto>> {
  await requirePermission(actor, "board.read", context, { type: BOARD_RESOURCE });
  const where = [Prisma.sql`b.organization_id = ${actor.organizationId}::uuid`];
  if (query.q) where.push(Prisma.sql`b.name ILIKE ${containsPattern(query.q)}`);
  if (query.status) where.push(Prisma.sql`b.status = ${query.status}`);
  const page = await keysetPage<{ id: string }>({
    select: Prisma.sql`b.id::text AS id, b.name, b.created_at AS "createdAt"`,
    from: Prisma.sql`boards b`,
    where,
    order: ORDER[query.sort],
    request: { page: query.page, cursor: query.cursor, size: query.size ?? BOARDS_PAGE_SIZE },
  });
  const rows = await db.board.findMany({ where: { organizationId: actor.organizationId, id: { in: page.items.map((r) => r.id) } }, include: boardInclude });
  return { ...page, items: inPageOrder(page.items, rows).map(toBoardDto) };
}
