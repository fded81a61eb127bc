import "server-only";
// Posit's content object for a workload. Fields a workload has are filled in; the ones that
// describe a deployed bundle say "none" (null, `app_mode: "unknown"`) rather than invent values.
// `dashboard_url` is the workload's page in the console, on the origin the request came in on.
import type { WorkloadDto } from "@/lib/schemas/content";
import { workloadEtag } from "@/lib/server/workloads/workload-dto";
import { publicOrigin } from "@/lib/dialects/shared/public-origin";
import { positTime } from "./integrations";
import type { PositContent } from "./schemas";

export function toPositContent(w: WorkloadDto, origin: string): PositContent {
  return {
    guid: w.guid,
    name: w.name,
    title: w.title,
    description: w.description,
    owner_guid: w.ownerGuid,
    created_time: positTime(w.createdAt),
    last_deployed_time: null,
    bundle_id: null,
    app_mode: "unknown",
    content_url: null,
    dashboard_url: `${origin}/workloads/${w.guid}`,
  };
}

export const positContentResponse = (w: WorkloadDto, request: Request) =>
  Response.json(toPositContent(w, publicOrigin(request)), { headers: { etag: workloadEtag(w) } });
