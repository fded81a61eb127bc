// GET /__api__/v1/content/{guid}/oauth/integrations/associations — integrations a content item uses
// PUT /__api__/v1/content/{guid}/oauth/integrations/associations — replace the set ([] clears it)
import { toPositAssociation } from "@/lib/dialects/posit/integrations";
import { positRoute } from "@/lib/dialects/posit/route";
import { getContentAssociations, setContentAssociations } from "@/lib/server/content/content-associations";

type Params = { guid: string };

export const GET = positRoute<Params>(async ({ actor, context, params }) =>
  Response.json((await getContentAssociations(actor, params.guid, context)).map(toPositAssociation)),
);

export const PUT = positRoute<Params>(async ({ actor, context, params, json }) => {
  await setContentAssociations(actor, params.guid, await json(), context);
  return new Response(null, { status: 204 });
}, { permission: "content.associate", resourceType: "content", resourceId: (p) => p.guid });
