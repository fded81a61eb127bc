// GET  /v1/tenants/{tenant}/integrations — Fruxon's paged list (search, types, tags, page_size, page_token)
// POST /v1/tenants/{tenant}/integrations — create an integration (201, Location, ETag)
import { listFruxonIntegrations } from "@/lib/dialects/fruxon/list";
import { fruxonIntegrationResponse } from "@/lib/dialects/fruxon/integrations";
import { toCreateInput } from "@/lib/dialects/fruxon/requests";
import { fruxonRoute } from "@/lib/dialects/fruxon/route";
import { createIntegration } from "@/lib/server/integrations/create-integration";

type Params = { tenant: string };

export const GET = fruxonRoute<Params>(async ({ request, actor, context }) =>
  Response.json(await listFruxonIntegrations(actor, new URL(request.url), context)),
);

export const POST = fruxonRoute<Params>(async ({ actor, context, params, json }) => {
  const dto = await createIntegration(actor, toCreateInput(await json()), context);
  return fruxonIntegrationResponse(dto, 201, { location: `/v1/tenants/${encodeURIComponent(params.tenant)}/integrations/${dto.slug}` });
}, { permission: "integration.create" });
