// GET /__api__/v1/oauth/integrations/{guid}/associations — the content items using an integration
import { toPositAssociation } from "@/lib/dialects/posit/integrations";
import { positRoute } from "@/lib/dialects/posit/route";
import { listIntegrationAssociations } from "@/lib/server/content/content-associations";

export const GET = positRoute<{ guid: string }>(async ({ actor, context, params }) =>
  Response.json((await listIntegrationAssociations(actor, params.guid, context)).map(toPositAssociation)),
);
