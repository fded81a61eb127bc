// GET    /api/mgmt/oauthprofiles/{id} — one of the caller's profiles (or ?user=), token status only (ETag)
// PUT    /api/mgmt/oauthprofiles/{id} — replace name, description, oauthAppId; given tokens replace, omitted keep (If-Match)
// DELETE /api/mgmt/oauthprofiles/{id} — delete it and its tokens (204; If-Match)
import { hdpProfileResponse } from "@/lib/dialects/hdp/oauth";
import { hdpRoute } from "@/lib/dialects/hdp/route";
import { deleteOAuthProfile } from "@/lib/server/oauth-profiles/delete-oauth-profile";
import { getOAuthProfile } from "@/lib/server/oauth-profiles/get-oauth-profile";
import { parseOAuthProfileId } from "@/lib/server/oauth-profiles/oauth-profile-dto";
import { updateOAuthProfile } from "@/lib/server/oauth-profiles/update-oauth-profile";

type Params = { id: string };

export const GET = hdpRoute<Params>(async ({ actor, context, params, user }) =>
  hdpProfileResponse(await getOAuthProfile(actor, parseOAuthProfileId(params.id), { user }, context)),
);

export const PUT = hdpRoute<Params>(async ({ actor, context, params, user, json, precondition }) => {
  const id = parseOAuthProfileId(params.id);
  return hdpProfileResponse(await updateOAuthProfile(actor, id, await json(), { user }, precondition, context));
});

export const DELETE = hdpRoute<Params>(async ({ actor, context, params, user, precondition }) => {
  await deleteOAuthProfile(actor, parseOAuthProfileId(params.id), { user }, precondition, context);
  return new Response(null, { status: 204 });
});
