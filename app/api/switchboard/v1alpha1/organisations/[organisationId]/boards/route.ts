// GET  /api/switchboard/v1alpha1/organisations/{organisationId}/boards — a keyset page (GetBoards: search, first, before, after, sort)
// POST /api/switchboard/v1alpha1/organisations/{organisationId}/boards — create a draft board (CreateBoard, 200 as the spec says)
import { pageRequestFrom, versoriRoute } from "@/lib/dialects/versori/route";
import { toVersoriBoard, toVersoriPage, withEtag } from "@/lib/dialects/versori/serializers";
import { createBoard } from "@/lib/server/boards/create-board";
import { listBoards } from "@/lib/server/boards/list-boards";
import { BOARD_RESOURCE } from "@/lib/server/boards/board-dto";

type Params = { organisationId: string };

export const GET = versoriRoute<Params>(async ({ actor, context, query }) =>
  Response.json(toVersoriPage(await listBoards(actor, { ...pageRequestFrom(query), search: query.get("search") }, context), toVersoriBoard)),
);

export const POST = versoriRoute<Params>(async ({ actor, context, json }) => {
  const board = await createBoard(actor, await json(), context);
  return withEtag(toVersoriBoard(board), board);
}, { permission: "board.write", resourceType: BOARD_RESOURCE });
