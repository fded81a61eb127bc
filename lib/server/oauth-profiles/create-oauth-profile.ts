import "server-only";
import { createOAuthProfileSchema, type OAuthProfileDto } from "@/lib/schemas/oauth-profiles";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { emitResourceEvent } from "@/lib/server/webhooks/resource-events";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { storeTokens } from "@/lib/server/oauth";
import { isUniqueViolation } from "@/lib/server/oauth-apps/oauth-app-rules";
import { parseInput } from "@/lib/server/validation";
import { loadOAuthProfile, OAUTH_PROFILE_RESOURCE, profileCredential } from "./oauth-profile-dto";
import { onBehalfDetail, resolveProfileOwner, type ProfileScope } from "./profile-owner";
import { duplicateProfileName, requireAppForProfile } from "./profile-rules";

/** Creates a profile from pasted tokens (HDP's POST /oauthprofiles); the tokens are stored encrypted. */
export async function createOAuthProfile(actor: Actor, input: unknown, scope: ProfileScope, context: RequestContext): Promise<OAuthProfileDto> {
  const owner = await resolveProfileOwner(actor, { user: scope.user }, context);
  const ownerId = owner.ownerId ?? actor.userId;
  const data = parseInput(createOAuthProfileSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const app = await requireAppForProfile(tx, actor.organizationId, data.oauthAppId);
      const row = await tx.oAuthProfile.create({
        data: { organizationId: actor.organizationId, ownerId, oauthAppId: data.oauthAppId, name: data.name, description: data.description },
      });
      await storeTokens(tx, profileCredential(actor.organizationId, row.id), { accessToken: data.accessToken, refreshToken: data.refreshToken, expiresAt: null, endpoint: app.tokenURI });
      const dto = await loadOAuthProfile(actor.organizationId, ownerId, row.id, tx);
      await emitResourceEvent(tx, actor, "oauth_profile", "created", { id: dto.id, name: dto.name });
      await recordAuditEvent(tx, {
        actor,
        organizationId: actor.organizationId,
        action: "oauthProfile.create",
        resourceType: OAUTH_PROFILE_RESOURCE,
        resourceId: String(row.id),
        after: dto,
        detail: onBehalfDetail(owner, dto.owner.email),
        context,
      });
      return dto;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateProfileName(data.name);
    throw error;
  }
}
