// GET    /__api__/v1/oauth/integrations/{guid} — one integration (ETag)
// PATCH  /__api__/v1/oauth/integrations/{guid} — update name, description, config (merge; If-Match honoured)
// DELETE /__api__/v1/oauth/integrations/{guid} — delete (204; If-Match honoured)
import { positIntegrationResponse } from "@/lib/dialects/posit/integrations";
import { positRoute } from "@/lib/dialects/posit/route";
import { deleteIntegration } from "@/lib/server/integrations/delete-integration";
import { getIntegration } from "@/lib/server/integrations/get-integration";
import { INTEGRATION_RESOURCE } from "@/lib/server/integrations/integration-dto";
import { updateIntegration } from "@/lib/server/integrations/update-integration";

type Params = { guid: string };

export const GET = positRoute<Params>(async ({ actor, context, params }) =>
  positIntegrationResponse(await getIntegration(actor, params.guid, context), actor),
);

export const PATCH = positRoute<Params>(
  async ({ actor, context, params, json, precondition }) => positIntegrationResponse(await updateIntegration(actor, params.guid, await json(), precondition, context), actor),
  { permission: "integration.update", resourceType: INTEGRATION_RESOURCE, resourceId: (p) => p.guid },
);

export const DELETE = positRoute<Params>(async ({ actor, context, params, precondition }) => {
  await deleteIntegration(actor, params.guid, precondition, context);
  return new Response(null, { status: 204 });
});
