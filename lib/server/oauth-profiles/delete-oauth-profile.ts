import "server-only";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { emitResourceEvent } from "@/lib/server/webhooks/resource-events";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { deleteCredential } from "@/lib/server/oauth";
import { checkPrecondition, type Precondition } from "@/lib/server/preconditions";
import { lockOAuthProfile, OAUTH_PROFILE_RESOURCE, oauthProfileEtag, profileCredential } from "./oauth-profile-dto";
import { onBehalfDetail, resolveProfileOwner, type ProfileScope } from "./profile-owner";

/** Deletes a profile and its tokens. */
export async function deleteOAuthProfile(actor: Actor, id: number, scope: ProfileScope, precondition: Precondition, context: RequestContext): Promise<void> {
  const owner = await resolveProfileOwner(actor, scope, context, id);
  await db.$transaction(async (tx) => {
    const before = await lockOAuthProfile(tx, actor.organizationId, owner.ownerId, id);
    checkPrecondition({ etag: oauthProfileEtag(before), version: before.version }, precondition, "OAuth profile");
    await tx.oAuthProfile.delete({ where: { id } });
    await deleteCredential(tx, profileCredential(actor.organizationId, id));
    await emitResourceEvent(tx, actor, "oauth_profile", "deleted", { id: before.id, name: before.name });
    await recordAuditEvent(tx, {
      actor,
      organizationId: actor.organizationId,
      action: "oauthProfile.delete",
      resourceType: OAUTH_PROFILE_RESOURCE,
      resourceId: String(id),
      before,
      detail: onBehalfDetail(owner, before.owner.email),
      context,
    });
  });
}
