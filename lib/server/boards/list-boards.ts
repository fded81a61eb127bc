import "server-only";
import type { BoardDto } from "@/lib/schemas/boards";
import type { PageDto } from "@/lib/schemas/cursor-page";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { finishPage, parsePage, seek, type PageRequest, type SortableFields } from "@/lib/server/pagination/cursor-page";
import { BOARD_RESOURCE, boardInclude, toBoardDto } from "./board-dto";

export const BOARD_SORT_FIELDS: SortableFields = { name: "string", createdAt: "date", id: "string" };

/** GetBoards: a keyset page, optionally of boards whose name contains `search`. */
export async function listBoards(actor: Actor, request: PageRequest & { search?: string | null }, context: RequestContext): Promise<PageDto<BoardDto>> {
  await requirePermission(actor, "board.read", context, { type: BOARD_RESOURCE });
  const page = parsePage(request, BOARD_SORT_FIELDS, "name:asc");
  const { where, orderBy } = seek(page);
  const scope = { organizationId: actor.organizationId, ...(request.search?.trim() && { name: { contains: request.search.trim(), mode: "insensitive" as const } }) };
  const [rows, totalCount] = await Promise.all([
    db.board.findMany({ where: { AND: [scope, where] }, orderBy, take: page.take + 1, include: boardInclude }),
    db.board.count({ where: scope }),
  ]);
  const done = finishPage(page, rows);
  return { totalCount, ...(done.next && { next: done.next }), ...(done.prev && { prev: done.prev }), items: done.rows.map(toBoardDto) };
}
