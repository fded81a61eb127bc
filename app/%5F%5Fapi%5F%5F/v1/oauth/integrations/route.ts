// GET  /__api__/v1/oauth/integrations — every integration of the caller's organisation (a plain array, streamed)
// POST /__api__/v1/oauth/integrations — create an integration from a template (200, like Connect)
import { positIntegrationResponse, toPositIntegration } from "@/lib/dialects/posit/integrations";
import { positRoute } from "@/lib/dialects/posit/route";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { listAllIntegrations } from "@/lib/server/integrations/list-integrations";
import { jsonArrayResponse } from "@/lib/server/pagination/stream";

export const GET = positRoute(async ({ actor, context }) =>
  jsonArrayResponse(await listAllIntegrations(actor, context), (dto) => toPositIntegration(dto, actor)),
);

export const POST = positRoute(async ({ actor, context, json }) =>
  positIntegrationResponse(await createIntegration(actor, await json(), context), actor),
  { permission: "integration.create" },
);
