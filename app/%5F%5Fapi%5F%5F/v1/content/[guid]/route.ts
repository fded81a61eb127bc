// GET /__api__/v1/content/{guid} — one workload (posit-sdk's content.get(), CONNECT_CONTENT_GUID)
// PATCH /__api__/v1/content/{guid} — change its name, title or description (If-Match)
// DELETE /__api__/v1/content/{guid} — delete it, with its session tokens and associations (If-Match)
import { positContentResponse } from "@/lib/dialects/posit/content";
import { positRoute } from "@/lib/dialects/posit/route";
import { deleteWorkload } from "@/lib/server/workloads/delete-workload";
import { getWorkload } from "@/lib/server/workloads/get-workload";
import { updateWorkload } from "@/lib/server/workloads/update-workload";

type Params = { guid: string };

export const GET = positRoute<Params>(async ({ request, actor, context, params }) => positContentResponse(await getWorkload(actor, params.guid, context), request));

export const PATCH = positRoute<Params>(
  async ({ request, actor, context, params, json, precondition }) => positContentResponse(await updateWorkload(actor, params.guid, await json(), precondition, context), request),
  { permission: "workload.update", resourceType: "content", resourceId: (p) => p.guid },
);

export const DELETE = positRoute<Params>(async ({ actor, context, params, precondition }) => {
  await deleteWorkload(actor, params.guid, precondition, context);
  return new Response(null, { status: 204 });
});
