// DELETE /__api__/v1/groups/{guid}/members/{user_guid} — remove a member (204)
import { positRoute } from "@/lib/dialects/posit/route";
import { removeGroupMember } from "@/lib/server/groups/group-members";

export const DELETE = positRoute<{ guid: string; user_guid: string }>(async ({ actor, context, params }) => {
  await removeGroupMember(actor, params.guid, params.user_guid, context);
  return new Response(null, { status: 204 });
});
