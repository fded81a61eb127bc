// GET /__api__/v1/content — the workloads the caller may see (admins: all; publishers: their own), as Posit's unpaged array, streamed
// POST /__api__/v1/content — create a workload owned by the caller
import { positContentResponse, toPositContent } from "@/lib/dialects/posit/content";
import { positRoute } from "@/lib/dialects/posit/route";
import { publicOrigin } from "@/lib/dialects/shared/public-origin";
import { positContentQuerySchema } from "@/lib/schemas/content";
import { jsonArrayResponse } from "@/lib/server/pagination/stream";
import { parseInput } from "@/lib/server/validation";
import { createWorkload } from "@/lib/server/workloads/create-workload";
import { listAllWorkloads } from "@/lib/server/workloads/list-workloads";

export const GET = positRoute(async ({ request, query, actor, context }) => {
  const filters = parseInput(positContentQuerySchema, Object.fromEntries(query));
  const origin = publicOrigin(request);
  return jsonArrayResponse(await listAllWorkloads(actor, filters, context), (w) => toPositContent(w, origin));
});

export const POST = positRoute(async ({ request, actor, context, json }) => positContentResponse(await createWorkload(actor, await json(), context), request), {
  permission: "workload.create",
  resourceType: "content",
});
