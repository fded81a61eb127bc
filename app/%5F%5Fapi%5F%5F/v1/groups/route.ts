// GET  /__api__/v1/groups — the organisation's groups (prefix filter, Posit paging)
// POST /__api__/v1/groups — create a group {name}
import { pagingFrom, positPage, toPositGroup } from "@/lib/dialects/posit/groups";
import { positRoute } from "@/lib/dialects/posit/route";
import { createGroup } from "@/lib/server/groups/create-group";
import { listGroups } from "@/lib/server/groups/list-groups";

export const GET = positRoute(async ({ request, actor, context }) => {
  const paging = pagingFrom(request);
  const { results, total } = await listGroups(actor, paging, context);
  return positPage(results.map(toPositGroup), paging.page_number, total);
});

export const POST = positRoute(async ({ actor, context, json }) => Response.json(toPositGroup(await createGroup(actor, await json(), context))), { permission: "group.manage" });
