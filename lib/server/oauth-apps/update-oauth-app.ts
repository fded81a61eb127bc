import "server-only";
// PUT semantics (HDP): every field is replaced; an omitted or empty clientSecret keeps the stored one
// — unless the token or authorize URI changes: then the secret must be given again (it is only
// sent to the endpoint it was stored for) and every profile's tokens, issued by the old
// endpoint, are dropped (the profiles need a new Connect).
import { updateOAuthAppSchema, type OAuthAppDto } from "@/lib/schemas/oauth-apps";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { emitResourceEvent } from "@/lib/server/webhooks/resource-events";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { checkPrecondition, type Precondition } from "@/lib/server/preconditions";
import { deleteCredential } from "@/lib/server/oauth";
import { profileCredential } from "@/lib/server/oauth-profiles/oauth-profile-dto";
import { sameEndpoint } from "@/lib/server/secrets/endpoint-binding";
import { refuseKeptSecret } from "@/lib/server/secrets/endpoint-guard";
import { putSecret, setSecretsExpiry } from "@/lib/server/secrets/secret-store";
import { parseInput } from "@/lib/server/validation";
import { CLIENT_SECRET_FIELD, loadOAuthApp, OAUTH_APP_RESOURCE, oauthAppEtag } from "./oauth-app-dto";
import { appColumns, checkAppUrls, checkTenant, duplicateAppName, isUniqueViolation } from "./oauth-app-rules";

export async function updateOAuthApp(actor: Actor, id: number, input: unknown, precondition: Precondition, context: RequestContext): Promise<OAuthAppDto> {
  await requirePermission(actor, "oauthApp.write", context, { type: OAUTH_APP_RESOURCE, id: String(id) });
  const data = parseInput(updateOAuthAppSchema, input);
  checkTenant(actor, data.tenantId);
  checkAppUrls(data);
  try {
    return await db.$transaction(async (tx) => {
      const before = await loadOAuthApp(actor.organizationId, id, tx, { lock: true });
      checkPrecondition({ etag: oauthAppEtag(before), version: before.version }, precondition, "OAuth application");
      const moved = [!sameEndpoint(before.tokenURI, data.tokenURI) && "tokenURI", !sameEndpoint(before.authorizeURI, data.authorizeURI) && "authorizeURI"].filter((f): f is string => Boolean(f));
      if (moved.length && before.clientSecretSet && !data.clientSecret) {
        throw await refuseKeptSecret(actor, context, { action: "oauthApp.update", resourceType: OAUTH_APP_RESOURCE, resourceId: String(id) }, CLIENT_SECRET_FIELD, moved);
      }
      const dropped = moved.length ? await tx.oAuthProfile.findMany({ where: { oauthAppId: id, organizationId: actor.organizationId }, select: { id: true } }) : [];
      for (const profile of dropped) await deleteCredential(tx, profileCredential(actor.organizationId, profile.id));
      await tx.oAuthApp.update({
        where: { id },
        data: { ...appColumns(data), updatedAt: new Date(), version: { increment: 1 } },
      });
      const resource = { organizationId: actor.organizationId, resourceType: OAUTH_APP_RESOURCE, resourceId: String(id) };
      if (data.clientSecret) await putSecret(tx, resource, CLIENT_SECRET_FIELD, data.clientSecret, data.tokenURI);
      if (data.clientSecretExpiresAt !== undefined) await setSecretsExpiry(tx, resource, data.clientSecretExpiresAt);
      const after = await loadOAuthApp(actor.organizationId, id, tx);
      await emitResourceEvent(tx, actor, "oauth_app", "updated", { id: after.id, name: after.name });
      await recordAuditEvent(tx, {
        actor,
        organizationId: actor.organizationId,
        action: "oauthApp.update",
        resourceType: OAUTH_APP_RESOURCE,
        resourceId: String(id),
        before,
        after,
        detail:
          [
            moved.length ? `endpoint changed (${moved.join(", ")})` : null,
            data.clientSecret ? "client secret replaced" : null,
            dropped.length ? `tokens dropped from ${dropped.length} profile(s)` : null,
          ]
            .filter(Boolean)
            .join("; ") || null,
        context,
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateAppName(data.name);
    throw error;
  }
}
