import "server-only";
import type { BoardDto } from "@/lib/schemas/boards";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { BOARD_RESOURCE, loadBoard } from "./board-dto";

export async function getBoard(actor: Actor, boardId: string, context: RequestContext): Promise<BoardDto> {
  await requirePermission(actor, "board.read", context, { type: BOARD_RESOURCE, id: boardId });
  return (await loadBoard(actor, boardId)).dto;
}
