import "server-only";
// PUT semantics (HDP): name, description and app are replaced; a token that is omitted or empty
// keeps the stored one, a token given replaces it. Moving a profile to another app drops its
// stored tokens (they were issued by the old app's endpoint and are only ever sent there).
import { updateOAuthProfileSchema, type OAuthProfileDto } from "@/lib/schemas/oauth-profiles";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { emitResourceEvent } from "@/lib/server/webhooks/resource-events";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { deleteCredential, storeTokens } from "@/lib/server/oauth";
import { isUniqueViolation } from "@/lib/server/oauth-apps/oauth-app-rules";
import { checkPrecondition, type Precondition } from "@/lib/server/preconditions";
import { parseInput } from "@/lib/server/validation";
import { loadOAuthProfile, lockOAuthProfile, OAUTH_PROFILE_RESOURCE, oauthProfileEtag, profileCredential } from "./oauth-profile-dto";
import { onBehalfDetail, resolveProfileOwner, type ProfileScope } from "./profile-owner";
import { duplicateProfileName, requireAppForProfile } from "./profile-rules";

export async function updateOAuthProfile(
  actor: Actor,
  id: number,
  input: unknown,
  scope: ProfileScope,
  precondition: Precondition,
  context: RequestContext,
): Promise<OAuthProfileDto> {
  const owner = await resolveProfileOwner(actor, scope, context, id);
  const data = parseInput(updateOAuthProfileSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const before = await lockOAuthProfile(tx, actor.organizationId, owner.ownerId, id);
      checkPrecondition({ etag: oauthProfileEtag(before), version: before.version }, precondition, "OAuth profile");
      const movedApp = data.oauthAppId !== before.oauthAppId;
      const app = movedApp ? await requireAppForProfile(tx, actor.organizationId, data.oauthAppId) : before;
      const dropped = movedApp && (before.accessTokenSet || before.refreshTokenSet);
      if (movedApp) await deleteCredential(tx, profileCredential(actor.organizationId, id));
      await tx.oAuthProfile.update({
        where: { id },
        data: { name: data.name, description: data.description, oauthAppId: data.oauthAppId, updatedAt: new Date(), version: { increment: 1 } },
      });
      const replaced = [data.accessToken && "accessToken", data.refreshToken && "refreshToken"].filter(Boolean);
      if (replaced.length > 0) {
        await storeTokens(tx, profileCredential(actor.organizationId, id), { accessToken: data.accessToken, refreshToken: data.refreshToken, expiresAt: null, endpoint: app.tokenURI });
      }
      const after = await loadOAuthProfile(actor.organizationId, owner.ownerId, id, tx);
      await emitResourceEvent(tx, actor, "oauth_profile", "updated", { id: after.id, name: after.name });
      await recordAuditEvent(tx, {
        actor,
        organizationId: actor.organizationId,
        action: "oauthProfile.update",
        resourceType: OAUTH_PROFILE_RESOURCE,
        resourceId: String(id),
        before,
        after,
        detail: [
          dropped ? `moved to another app: stored tokens dropped` : null,
          replaced.length ? `tokens replaced: ${replaced.join(", ")}` : null,
          onBehalfDetail(owner, before.owner.email),
        ].filter(Boolean).join("; ") || null,
        context,
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateProfileName(data.name);
    throw error;
  }
}
