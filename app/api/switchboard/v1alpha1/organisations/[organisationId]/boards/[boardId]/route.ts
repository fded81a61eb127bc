// GET    /api/switchboard/v1alpha1/organisations/{organisationId}/boards/{boardId} — one board (ETag)
// PUT    /api/switchboard/v1alpha1/organisations/{organisationId}/boards/{boardId} — replace name and connections (If-Match honoured)
// DELETE /api/switchboard/v1alpha1/organisations/{organisationId}/boards/{boardId} — delete (→ {id})
import { versoriRoute } from "@/lib/dialects/versori/route";
import { toVersoriBoard, withEtag } from "@/lib/dialects/versori/serializers";
import { deleteBoard } from "@/lib/server/boards/delete-board";
import { getBoard } from "@/lib/server/boards/get-board";
import { updateBoard } from "@/lib/server/boards/update-board";
import { BOARD_RESOURCE } from "@/lib/server/boards/board-dto";

type Params = { organisationId: string; boardId: string };

export const GET = versoriRoute<Params>(async ({ actor, context, params }) => {
  const board = await getBoard(actor, params.boardId, context);
  return withEtag(toVersoriBoard(board), board);
});

export const PUT = versoriRoute<Params>(async ({ actor, context, params, json, precondition }) => {
  const board = await updateBoard(actor, params.boardId, await json(), precondition, context);
  return withEtag(toVersoriBoard(board), board);
}, { permission: "board.write", resourceType: BOARD_RESOURCE, resourceId: (p) => p.boardId });

export const DELETE = versoriRoute<Params>(async ({ actor, context, params, precondition }) => Response.json(await deleteBoard(actor, params.boardId, precondition, context)));
