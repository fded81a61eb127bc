// GET /__api__/v1/content — the workloads the caller may see (admins: all; publishers: their own), as Posit's unpaged array, streamed
// POST /__api__/v1/content — create a workload owned by the caller
import { positContentResponse, toPositContent } from "@/lib/dialects/posit/content";
import { readJson } from "@/lib/dialects/posit/integrations";
import { positRoute } from "@/lib/dialects/posit/route";
import { publicOrigin } from "@/lib/dialects/versori/callback";
import { positContentQuerySchema } from "@/lib/schemas/content";
import { jsonArrayResponse } from "@/lib/server/pagination/stream";
import { createWorkload } from "@/lib/server/workloads/create-workload";
import { listAllWorkloads } from "@/lib/server/workloads/list-workloads";

export const GET = positRoute(async ({ request, actor, context }) => {
  const query = positContentQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const origin = publicOrigin(request);
  return jsonArrayResponse(await listAllWorkloads(actor, query, context), (w) => toPositContent(w, origin));
});

export const POST = positRoute(async ({ request, actor, context }) => positContentResponse(await createWorkload(actor, await readJson(request), context), request));
