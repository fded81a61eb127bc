import "server-only";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { checkPrecondition, type Precondition } from "@/lib/server/switchboard/preconditions";
import { BOARD_RESOURCE, loadBoard } from "./board-dto";

export async function deleteBoard(actor: Actor, boardId: string, precondition: Precondition, context: RequestContext): Promise<{ id: string }> {
  await requirePermission(actor, "board.write", context, { type: BOARD_RESOURCE, id: boardId });
  return db.$transaction(async (tx) => {
    const { row, dto } = await loadBoard(actor, boardId, tx);
    checkPrecondition("board", row, precondition);
    await tx.board.delete({ where: { id: row.id } });
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "board.delete", resourceType: BOARD_RESOURCE, resourceId: row.id, before: dto, context });
    return { id: row.id };
  });
}
