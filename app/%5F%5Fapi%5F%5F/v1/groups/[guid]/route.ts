// GET    /__api__/v1/groups/{guid} — one group
// DELETE /__api__/v1/groups/{guid} — delete it (its memberships and the integration permissions naming it go too)
import { toPositGroup } from "@/lib/dialects/posit/groups";
import { positRoute } from "@/lib/dialects/posit/route";
import { deleteGroup } from "@/lib/server/groups/delete-group";
import { getGroup } from "@/lib/server/groups/get-group";

type Params = { guid: string };

export const GET = positRoute<Params>(async ({ actor, context, params }) => Response.json(toPositGroup(await getGroup(actor, params.guid, context))));

export const DELETE = positRoute<Params>(async ({ actor, context, params }) => {
  await deleteGroup(actor, params.guid, context);
  return new Response(null, { status: 204 });
});
