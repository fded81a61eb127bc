import "server-only";
import { createBoardSchema, type BoardDto } from "@/lib/schemas/boards";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { parseInput } from "@/lib/server/validation";
import { BOARD_RESOURCE, checkConnectionIds, loadBoard } from "./board-dto";

/** CreateBoard: a draft board, optionally with the connections it uses. */
export async function createBoard(actor: Actor, input: unknown, context: RequestContext): Promise<BoardDto> {
  await requirePermission(actor, "board.write", context, { type: BOARD_RESOURCE });
  const data = parseInput(createBoardSchema, input);
  return db.$transaction(async (tx) => {
    const connectionIds = await checkConnectionIds(actor, data.connectionIds ?? [], tx);
    const row = await tx.board.create({ data: { organizationId: actor.organizationId, name: data.name } });
    if (connectionIds.length) await tx.boardConnection.createMany({ data: connectionIds.map((connectionId) => ({ boardId: row.id, connectionId })) });
    const { dto } = await loadBoard(actor, row.id, tx);
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "board.create", resourceType: BOARD_RESOURCE, resourceId: row.id, after: dto, context });
    return dto;
  });
}
