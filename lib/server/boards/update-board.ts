import "server-only";
// UpdateBoard (PUT): a full replace of the name and, when given, of the connections it uses.
import { AppError } from "@/lib/errors";
import { updateBoardSchema, type BoardDto } from "@/lib/schemas/boards";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { checkPrecondition, recordEtag, type Precondition } from "@/lib/server/preconditions";
import { parseInput } from "@/lib/server/validation";
import { BOARD_RESOURCE, checkConnectionIds, loadBoard } from "./board-dto";

export async function updateBoard(actor: Actor, boardId: string, input: unknown, precondition: Precondition, context: RequestContext): Promise<BoardDto> {
  await requirePermission(actor, "board.write", context, { type: BOARD_RESOURCE, id: boardId });
  const data = parseInput(updateBoardSchema, input);
  return db.$transaction(async (tx) => {
    const { row, dto: before } = await loadBoard(actor, boardId, tx);
    checkPrecondition({ etag: recordEtag(row), version: row.version }, precondition, "board");
    if (data.id !== undefined && data.id !== row.id) throw new AppError("bad_request", "id cannot be changed");
    if (data.orgId !== undefined && data.orgId !== row.organizationId) throw new AppError("bad_request", "orgId cannot be changed");
    const { count } = await tx.board.updateMany({ where: { id: row.id, version: row.version }, data: { name: data.name, updatedAt: new Date(), version: { increment: 1 } } });
    if (count === 0) throw new AppError("precondition_failed", "This board was changed by someone else at the same time. Reload and try again.");
    if (data.connectionIds) {
      const ids = await checkConnectionIds(actor, data.connectionIds, tx);
      await tx.boardConnection.deleteMany({ where: { boardId: row.id } });
      if (ids.length) await tx.boardConnection.createMany({ data: ids.map((connectionId) => ({ boardId: row.id, connectionId })) });
    }
    const { dto: after } = await loadBoard(actor, row.id, tx);
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "board.update", resourceType: BOARD_RESOURCE, resourceId: row.id, before, after, context });
    return after;
  });
}
