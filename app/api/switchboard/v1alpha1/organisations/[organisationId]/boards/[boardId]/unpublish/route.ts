// POST /api/switchboard/v1alpha1/organisations/{organisationId}/boards/{boardId}/unpublish — unpublish (UnpublishBoard → 202 {ok})
import { versoriRoute } from "@/lib/dialects/versori/route";
import { setBoardPublished } from "@/lib/server/boards/publish-board";

export const POST = versoriRoute<{ organisationId: string; boardId: string }>(async ({ actor, context, params }) => {
  await setBoardPublished(actor, params.boardId, false, context);
  return Response.json({ ok: true }, { status: 202 });
});
