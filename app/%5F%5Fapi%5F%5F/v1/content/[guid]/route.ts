// GET /__api__/v1/content/{guid} — one workload (posit-sdk's content.get(), CONNECT_CONTENT_GUID)
// PATCH /__api__/v1/content/{guid} — change its name, title or description (If-Match)
// DELETE /__api__/v1/content/{guid} — delete it, with its session tokens and associations (If-Match)
import { positContentResponse } from "@/lib/dialects/posit/content";
import { preconditionFrom, readJson } from "@/lib/dialects/posit/integrations";
import { positRoute } from "@/lib/dialects/posit/route";
import { deleteWorkload } from "@/lib/server/workloads/delete-workload";
import { getWorkload } from "@/lib/server/workloads/get-workload";
import { updateWorkload } from "@/lib/server/workloads/update-workload";

type Params = { guid: string };

export const GET = positRoute<Params>(async ({ request, actor, context, params }) => positContentResponse(await getWorkload(actor, params.guid, context), request));

export const PATCH = positRoute<Params>(async ({ request, actor, context, params }) =>
  positContentResponse(await updateWorkload(actor, params.guid, await readJson(request), preconditionFrom(request), context), request),
);

export const DELETE = positRoute<Params>(async ({ request, actor, context, params }) => {
  await deleteWorkload(actor, params.guid, preconditionFrom(request), context);
  return new Response(null, { status: 204 });
});
