// GET    /api/mgmt/oauthapps/{id} — one OAuth application, without its client secret (ETag)
// PUT    /api/mgmt/oauthapps/{id} — replace it; an omitted clientSecret keeps the stored one (If-Match; admins)
// DELETE /api/mgmt/oauthapps/{id} — delete it and its OAuth profiles (204; If-Match; admins)
import { hdpAppResponse } from "@/lib/dialects/hdp/oauth";
import { hdpRoute } from "@/lib/dialects/hdp/route";
import { deleteOAuthApp } from "@/lib/server/oauth-apps/delete-oauth-app";
import { getOAuthApp } from "@/lib/server/oauth-apps/get-oauth-app";
import { OAUTH_APP_RESOURCE, parseOAuthAppId } from "@/lib/server/oauth-apps/oauth-app-dto";
import { updateOAuthApp } from "@/lib/server/oauth-apps/update-oauth-app";

type Params = { id: string };

export const GET = hdpRoute<Params>(async ({ actor, context, params }) => hdpAppResponse(await getOAuthApp(actor, parseOAuthAppId(params.id), context)));

export const PUT = hdpRoute<Params>(async ({ actor, context, params, json, precondition }) => {
  const id = parseOAuthAppId(params.id);
  return hdpAppResponse(await updateOAuthApp(actor, id, await json(), precondition, context));
}, { permission: "oauthApp.write", resourceType: OAUTH_APP_RESOURCE, resourceId: (p) => p.id });

export const DELETE = hdpRoute<Params>(async ({ actor, context, params, precondition }) => {
  await deleteOAuthApp(actor, parseOAuthAppId(params.id), precondition, context);
  return new Response(null, { status: 204 });
});
