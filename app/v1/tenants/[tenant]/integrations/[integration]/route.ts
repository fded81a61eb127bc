// GET    /v1/tenants/{tenant}/integrations/{integration} — one integration (secrets stripped; SYSTEM ones too)
// PUT    /v1/tenants/{tenant}/integrations/{integration} — update; omitted fields and credentials keep their values
// DELETE /v1/tenants/{tenant}/integrations/{integration} — delete a tenant integration (204); SYSTEM ones are 404
// POST   /v1/tenants/{tenant}/integrations/{integration}:verifyConfig — try auth values against the provider
// The ":verifyConfig" suffix arrives inside the one dynamic segment; parseSegment splits it off.
import { fruxonIntegrationResponse } from "@/lib/dialects/fruxon/integrations";
import { getSystemIntegration, parseSegment, systemIntegrationResponse, verifyConfigResponse } from "@/lib/dialects/fruxon/single";
import { toUpdateInput } from "@/lib/dialects/fruxon/requests";
import { fruxonRoute } from "@/lib/dialects/fruxon/route";
import { AppError } from "@/lib/errors";
import { deleteIntegration } from "@/lib/server/integrations/delete-integration";
import { getIntegration } from "@/lib/server/integrations/get-integration";
import { INTEGRATION_RESOURCE } from "@/lib/server/integrations/integration-dto";
import { updateIntegration } from "@/lib/server/integrations/update-integration";

type Params = { tenant: string; integration: string };

export const GET = fruxonRoute<Params>(async ({ actor, context, params }) => {
  const { id } = parseSegment(params.integration, null);
  const system = getSystemIntegration(id);
  if (system) return systemIntegrationResponse(actor, system, context);
  return fruxonIntegrationResponse(await getIntegration(actor, { slug: id }, context));
});

export const PUT = fruxonRoute<Params>(async ({ actor, context, params, json, precondition }) => {
  const { id } = parseSegment(params.integration, null);
  if (getSystemIntegration(id)) throw new AppError("forbidden", `${id} is a built-in SYSTEM integration and cannot be changed`);
  return fruxonIntegrationResponse(await updateIntegration(actor, { slug: id }, toUpdateInput(await json()), precondition, context));
}, { permission: "integration.update", resourceType: INTEGRATION_RESOURCE, resourceId: (p) => parseSegment(p.integration, null).id });

export const DELETE = fruxonRoute<Params>(async ({ actor, context, params, precondition }) => {
  const { id } = parseSegment(params.integration, null);
  // Fruxon: "a system integration returns 404".
  if (getSystemIntegration(id)) throw new AppError("not_found", "Integration not found");
  await deleteIntegration(actor, { slug: id }, precondition, context);
  return new Response(null, { status: 204 });
});

export const POST = fruxonRoute<Params>(async ({ actor, context, params, json }) => {
  const { id } = parseSegment(params.integration, "verifyConfig");
  return verifyConfigResponse(actor, id, await json(), context);
});
