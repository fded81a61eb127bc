// POST /api/switchboard/v1alpha1/organisations/{organisationId}/boards/{boardId}/publish — publish (PublishBoard → 202 {ok, taskId})
import { versoriRoute } from "@/lib/dialects/versori/route";
import { setBoardPublished } from "@/lib/server/boards/publish-board";

export const POST = versoriRoute<{ organisationId: string; boardId: string }>(async ({ actor, context, params }) => {
  const { taskId } = await setBoardPublished(actor, params.boardId, true, context);
  return Response.json({ ok: true, taskId }, { status: 202 });
});
