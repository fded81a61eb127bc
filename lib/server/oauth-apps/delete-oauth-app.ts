import "server-only";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { emitResourceEvent } from "@/lib/server/webhooks/resource-events";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { OAUTH_PROFILE_RESOURCE } from "@/lib/server/oauth-profiles/oauth-profile-dto";
import { checkPrecondition, type Precondition } from "@/lib/server/preconditions";
import { deleteSecretsOf } from "@/lib/server/secrets/secret-store";
import { loadOAuthApp, OAUTH_APP_RESOURCE, oauthAppEtag } from "./oauth-app-dto";

/**
 * Deletes an app and, as HDP does, its profiles: their rows go by foreign-key cascade, their
 * tokens and token facts by one statement each (a subquery, not one parameter per profile).
 */
export async function deleteOAuthApp(actor: Actor, id: number, precondition: Precondition, context: RequestContext): Promise<{ deletedProfiles: number }> {
  await requirePermission(actor, "oauthApp.write", context, { type: OAUTH_APP_RESOURCE, id: String(id) });
  return db.$transaction(async (tx) => {
    const before = await loadOAuthApp(actor.organizationId, id, tx, { lock: true });
    checkPrecondition({ etag: oauthAppEtag(before), version: before.version }, precondition, "OAuth application");
    await tx.$executeRaw`DELETE FROM secrets WHERE resource_type = ${OAUTH_PROFILE_RESOURCE}
      AND resource_id IN (SELECT p.id::text FROM oauth_profiles p WHERE p.oauth_app_id = ${id})`;
    await tx.$executeRaw`DELETE FROM oauth_credentials WHERE resource_type = ${OAUTH_PROFILE_RESOURCE}
      AND resource_id IN (SELECT p.id::text FROM oauth_profiles p WHERE p.oauth_app_id = ${id})`;
    const deletedProfiles = await tx.oAuthProfile.deleteMany({ where: { oauthAppId: id } });
    await tx.oAuthApp.delete({ where: { id } });
    await deleteSecretsOf(tx, OAUTH_APP_RESOURCE, String(id));
    await emitResourceEvent(tx, actor, "oauth_app", "deleted", { id: before.id, name: before.name });
    await recordAuditEvent(tx, {
      actor,
      organizationId: actor.organizationId,
      action: "oauthApp.delete",
      resourceType: OAUTH_APP_RESOURCE,
      resourceId: String(id),
      before,
      detail: `${deletedProfiles.count} OAuth profile(s) deleted with it`,
      context,
    });
    return { deletedProfiles: deletedProfiles.count };
  });
}
