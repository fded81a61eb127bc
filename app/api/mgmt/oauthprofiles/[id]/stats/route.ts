// GET /api/mgmt/oauthprofiles/{id}/stats — HDP's usage statistics of a profile (no data sources link to profiles here)
import { hdpRoute } from "@/lib/dialects/hdp/route";
import { getOAuthProfileStats } from "@/lib/server/oauth-profiles/get-oauth-profile-stats";
import { parseOAuthProfileId } from "@/lib/server/oauth-profiles/oauth-profile-dto";

export const GET = hdpRoute<{ id: string }>(async ({ actor, context, params, user }) =>
  Response.json(await getOAuthProfileStats(actor, parseOAuthProfileId(params.id), { user }, context)),
);
