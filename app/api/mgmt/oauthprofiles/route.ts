// GET  /api/mgmt/oauthprofiles — the caller's OAuth profiles, or ?user=<email> for an admin ({"profiles":[…]}, streamed)
// POST /api/mgmt/oauthprofiles — create a profile from tokens (201 + Location; tokens never echoed)
import { collectionUrl, hdpProfileResponse, toHdpOAuthProfile } from "@/lib/dialects/hdp/oauth";
import { hdpRoute } from "@/lib/dialects/hdp/route";
import { jsonArrayResponse } from "@/lib/server/pagination/stream";
import { createOAuthProfile } from "@/lib/server/oauth-profiles/create-oauth-profile";
import { listAllOAuthProfiles } from "@/lib/server/oauth-profiles/list-oauth-profiles";

export const GET = hdpRoute(async ({ actor, context, user }) =>
  jsonArrayResponse(await listAllOAuthProfiles(actor, { user }, context), toHdpOAuthProfile, {}, "profiles"),
);

export const POST = hdpRoute(async ({ url, actor, context, user, json }) =>
  hdpProfileResponse(await createOAuthProfile(actor, await json(), { user }, context), 201, collectionUrl(url)),
);
