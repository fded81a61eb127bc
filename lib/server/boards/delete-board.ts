import "server-only";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { checkPrecondition, recordEtag, type Precondition } from "@/lib/server/preconditions";
import { BOARD_RESOURCE, loadBoard } from "./board-dto";

export async function deleteBoard(actor: Actor, boardId: string, precondition: Precondition, context: RequestContext): Promise<{ id: string }> {
  await requirePermission(actor, "board.write", context, { type: BOARD_RESOURCE, id: boardId });
  return db.$transaction(async (tx) => {
    const { row, dto } = await loadBoard(actor, boardId, tx);
    checkPrecondition({ etag: recordEtag(row), version: row.version }, precondition, "board");
    // deleteMany: a concurrent DELETE may have removed the row since it was read (404, not P2025's 500).
    if ((await tx.board.deleteMany({ where: { id: row.id } })).count === 0) throw new AppError("not_found", "Board not found");
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "board.delete", resourceType: BOARD_RESOURCE, resourceId: row.id, before: dto, context });
    return { id: row.id };
  });
}
