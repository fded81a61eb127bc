import "server-only";
// PublishBoard / UnpublishBoard. Boards here do not execute: publishing records the state that
// a connection's deletion has to undo ("unpublishes all boards referencing it").
import { randomUUID } from "node:crypto";
import type { BoardDto } from "@/lib/schemas/boards";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { BOARD_RESOURCE, loadBoard } from "./board-dto";

export async function setBoardPublished(actor: Actor, boardId: string, publish: boolean, context: RequestContext): Promise<{ board: BoardDto; taskId: string }> {
  await requirePermission(actor, "board.write", context, { type: BOARD_RESOURCE, id: boardId });
  return db.$transaction(async (tx) => {
    const { row, dto: before } = await loadBoard(actor, boardId, tx);
    await tx.board.update({ where: { id: row.id }, data: { status: publish ? "published" : "draft", updatedAt: new Date(), version: { increment: 1 } } });
    const { dto: after } = await loadBoard(actor, row.id, tx);
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: publish ? "board.publish" : "board.unpublish", resourceType: BOARD_RESOURCE, resourceId: row.id, before, after, context });
    return { board: after, taskId: randomUUID() };
  });
}
