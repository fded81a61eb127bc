import "server-only";
// PUT semantics (HDP): every field is replaced; an omitted or empty clientSecret keeps the stored one.
import { updateOAuthAppSchema, type OAuthAppDto } from "@/lib/schemas/oauth-apps";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { checkPrecondition, type Precondition } from "@/lib/server/preconditions";
import { putSecret } from "@/lib/server/secrets/secret-store";
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
      await tx.oAuthApp.update({
        where: { id },
        data: { ...appColumns(data), updatedAt: new Date(), version: { increment: 1 } },
      });
      if (data.clientSecret) {
        await putSecret(tx, { organizationId: actor.organizationId, resourceType: OAUTH_APP_RESOURCE, resourceId: String(id) }, CLIENT_SECRET_FIELD, data.clientSecret);
      }
      const after = await loadOAuthApp(actor.organizationId, id, tx);
      await recordAuditEvent(tx, {
        actor,
        organizationId: actor.organizationId,
        action: "oauthApp.update",
        resourceType: OAUTH_APP_RESOURCE,
        resourceId: String(id),
        before,
        after,
        detail: data.clientSecret ? "client secret replaced" : null,
        context,
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateAppName(data.name);
    throw error;
  }
}
