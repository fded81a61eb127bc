import "server-only";
// The console's explicit "Replace tokens": new pasted tokens for a profile (the profile becomes
// active again; an omitted token keeps the stored one).
import { replaceOAuthProfileTokensSchema, type OAuthProfileDto } from "@/lib/schemas/oauth-profiles";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { storeTokens } from "@/lib/server/oauth";
import { checkPrecondition, type Precondition } from "@/lib/server/preconditions";
import { parseInput } from "@/lib/server/validation";
import { loadOAuthProfile, lockOAuthProfile, OAUTH_PROFILE_RESOURCE, oauthProfileEtag, profileCredential } from "./oauth-profile-dto";
import { onBehalfDetail, resolveProfileOwner, type ProfileScope } from "./profile-owner";

export async function replaceOAuthProfileTokens(
  actor: Actor,
  id: number,
  input: unknown,
  scope: ProfileScope,
  precondition: Precondition,
  context: RequestContext,
): Promise<OAuthProfileDto> {
  const owner = await resolveProfileOwner(actor, scope, context, id);
  const data = parseInput(replaceOAuthProfileTokensSchema, input);
  return db.$transaction(async (tx) => {
    const before = await lockOAuthProfile(tx, actor.organizationId, owner.ownerId, id);
    checkPrecondition({ etag: oauthProfileEtag(before), version: before.version }, precondition, "OAuth profile");
    await storeTokens(tx, profileCredential(actor.organizationId, id), { accessToken: data.accessToken, refreshToken: data.refreshToken, expiresAt: null, endpoint: before.tokenURI });
    await tx.oAuthProfile.update({ where: { id }, data: { updatedAt: new Date(), version: { increment: 1 } } });
    const after = await loadOAuthProfile(actor.organizationId, owner.ownerId, id, tx);
    const replaced = [data.accessToken && "accessToken", data.refreshToken && "refreshToken"].filter(Boolean).join(", ");
    await recordAuditEvent(tx, {
      actor,
      organizationId: actor.organizationId,
      action: "oauthProfile.replaceTokens",
      resourceType: OAUTH_PROFILE_RESOURCE,
      resourceId: String(id),
      before,
      after,
      detail: [`tokens replaced: ${replaced}`, onBehalfDetail(owner, before.owner.email)].filter(Boolean).join("; "),
      context,
    });
    return after;
  });
}
