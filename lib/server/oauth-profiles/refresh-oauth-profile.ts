import "server-only";
// "Refresh now" / POST /api/mgmt/oauthprofiles/{id}/refresh: a refresh_token grant with the app's
// client credentials through the OAuth engine (one provider call even when two run at once),
// audited in the refresh's transaction. Returns the outcome and the profile, never a token.
import type { OAuthProfileDto } from "@/lib/schemas/oauth-profiles";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { refreshCredential, type RefreshOutcome } from "@/lib/server/oauth";
import { loadOAuthAppClient } from "@/lib/server/oauth-apps/oauth-app-client";
import { loadOAuthProfile, OAUTH_PROFILE_RESOURCE, profileCredential } from "./oauth-profile-dto";
import { onBehalfDetail, resolveProfileOwner, type ProfileScope } from "./profile-owner";
import { credentialEventFor } from "@/lib/server/webhooks/credential-events";
import { enqueueWebhookEvent } from "@/lib/server/webhooks/enqueue-webhook-event";

export type ProfileRefreshResult = { outcome: RefreshOutcome; profile: OAuthProfileDto };

const describe = (outcome: RefreshOutcome) => {
  switch (outcome.status) {
    case "refreshed":
      return outcome.rotated ? "new access token; refresh token rotated" : "new access token";
    case "coalesced":
      return "a refresh running at the same moment answered for this one";
    case "no_credential":
      return "no refresh token stored";
    default:
      return `${outcome.status}: ${outcome.error}${outcome.errorDescription ? ` (${outcome.errorDescription})` : ""}`;
  }
};

export async function refreshOAuthProfile(actor: Actor, id: number, scope: ProfileScope, context: RequestContext): Promise<ProfileRefreshResult> {
  const owner = await resolveProfileOwner(actor, scope, context, id);
  const profile = await loadOAuthProfile(actor.organizationId, owner.ownerId, id);
  const app = await loadOAuthAppClient(actor.organizationId, profile.oauthAppId);
  const wasFailing = profile.state === "needs_reauthorization" || Boolean(profile.lastRefreshError);
  const outcome = await refreshCredential({
    ref: profileCredential(actor.organizationId, id),
    client: app.client,
    onOutcome: async (tx, result) => {
      const event = credentialEventFor(result, wasFailing);
      if (event) {
        await enqueueWebhookEvent(tx, actor.organizationId, {
          type: event,
          resource: { type: "oauth_profile", id: String(id), name: profile.name, path: `/oauth-profiles/${id}` },
          actor,
          ...("error" in result && { detail: result.error }),
        });
      }
      await recordAuditEvent(tx, {
        actor,
        organizationId: actor.organizationId,
        action: "oauthProfile.refresh",
        outcome: result.status === "refreshed" || result.status === "coalesced" ? "success" : "failure",
        resourceType: OAUTH_PROFILE_RESOURCE,
        resourceId: String(id),
        detail: [describe(result), onBehalfDetail(owner, profile.owner.email)].filter(Boolean).join("; "),
        context,
      });
    },
  });
  return { outcome, profile: await loadOAuthProfile(actor.organizationId, owner.ownerId, id) };
}
