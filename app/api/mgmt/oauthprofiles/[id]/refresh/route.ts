// POST /api/mgmt/oauthprofiles/{id}/refresh — our addition to HDP's API: a refresh_token grant now.
// 200 with the profile (token status only) and "refresh":{"status":"refreshed"|"coalesced"}; HDP's
// error body otherwise: 409 when the profile needs reauthorization (invalid_grant) or has no refresh
// token, 502 when the provider refused the client or could not be reached (nothing changed then).
import { AppError } from "@/lib/errors";
import { hdpProfileResponse } from "@/lib/dialects/hdp/oauth";
import { hdpRoute } from "@/lib/dialects/hdp/route";
import { parseOAuthProfileId } from "@/lib/server/oauth-profiles/oauth-profile-dto";
import { refreshOAuthProfile } from "@/lib/server/oauth-profiles/refresh-oauth-profile";

export const POST = hdpRoute<{ id: string }>(async ({ actor, context, params, user }) => {
  const { outcome, profile } = await refreshOAuthProfile(actor, parseOAuthProfileId(params.id), { user }, context);
  switch (outcome.status) {
    case "refreshed":
    case "coalesced":
      return hdpProfileResponse(profile, 200, undefined, { refresh: { status: outcome.status } });
    case "no_credential":
      throw new AppError("conflict", "The profile has no refresh token: replace its tokens or reconnect it.");
    case "needs_reauthorization":
      throw new AppError("conflict", `The provider refused the refresh token (${outcome.error}): the profile needs reauthorization.`);
    case "rejected":
      throw new AppError("upstream_failed", `The provider refused the refresh (${outcome.error}${outcome.errorDescription ? `: ${outcome.errorDescription}` : ""}).`);
    case "unreachable":
      throw new AppError("upstream_failed", `The token endpoint could not be reached (${outcome.errorDescription ?? outcome.error}); nothing was changed.`);
  }
});
