// GET  /__api__/v1/groups/{guid}/members — the members, in the order they were added (Posit paging)
// POST /__api__/v1/groups/{guid}/members — add {user_guid}
import { pagingFrom, positPage } from "@/lib/dialects/posit/groups";
import { toPositMember } from "@/lib/dialects/posit/users";
import { positRoute } from "@/lib/dialects/posit/route";
import { addGroupMember, listGroupMembers } from "@/lib/server/groups/group-members";

type Params = { guid: string };

export const GET = positRoute<Params>(async ({ request, actor, context, params }) => {
  const paging = pagingFrom(request);
  const { results, total } = await listGroupMembers(actor, params.guid, paging, context);
  return positPage(results.map(toPositMember), paging.page_number, total);
});

export const POST = positRoute<Params>(async ({ actor, context, params, json }) => {
  await addGroupMember(actor, params.guid, await json(), context);
  return new Response(null, { status: 204 });
}, { permission: "group.manage", resourceId: (p) => p.guid });
