// GET  /api/mgmt/oauthapps — the organisation's OAuth applications ({"applications":[…]}, streamed; ?tenantId= / ?tenantName=)
// POST /api/mgmt/oauthapps — create an OAuth application (201 + Location; admins)
import { collectionUrl, hdpAppResponse, toHdpOAuthApp } from "@/lib/dialects/hdp/oauth";
import { hdpRoute } from "@/lib/dialects/hdp/route";
import { jsonArrayResponse } from "@/lib/server/pagination/stream";
import { createOAuthApp } from "@/lib/server/oauth-apps/create-oauth-app";
import { listAllOAuthApps } from "@/lib/server/oauth-apps/list-oauth-apps";
import { checkTenant } from "@/lib/server/oauth-apps/oauth-app-rules";
import { OAUTH_APP_RESOURCE } from "@/lib/server/oauth-apps/oauth-app-dto";

export const GET = hdpRoute(async ({ url, actor, context }) => {
  checkTenant(actor, url.searchParams.get("tenantId"));
  checkTenant(actor, url.searchParams.get("tenantName"));
  return jsonArrayResponse(await listAllOAuthApps(actor, context), toHdpOAuthApp, {}, "applications");
});

export const POST = hdpRoute(async ({ url, actor, context, json }) =>
  hdpAppResponse(await createOAuthApp(actor, await json(), context), 201, collectionUrl(url)),
  { permission: "oauthApp.write", resourceType: OAUTH_APP_RESOURCE },
);
