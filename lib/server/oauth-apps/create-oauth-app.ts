import "server-only";
import { createOAuthAppSchema, type OAuthAppDto } from "@/lib/schemas/oauth-apps";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { emitResourceEvent } from "@/lib/server/webhooks/resource-events";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { putSecret } from "@/lib/server/secrets/secret-store";
import { parseInput } from "@/lib/server/validation";
import { CLIENT_SECRET_FIELD, loadOAuthApp, OAUTH_APP_RESOURCE } from "./oauth-app-dto";
import { appColumns, checkAppUrls, checkTenant, duplicateAppName, isUniqueViolation } from "./oauth-app-rules";

/** Creates an OAuth app in the caller's organisation; the client secret is stored encrypted. */
export async function createOAuthApp(actor: Actor, input: unknown, context: RequestContext): Promise<OAuthAppDto> {
  await requirePermission(actor, "oauthApp.write", context, { type: OAUTH_APP_RESOURCE });
  const data = parseInput(createOAuthAppSchema, input);
  checkTenant(actor, data.tenantId);
  checkAppUrls(data);
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.oAuthApp.create({
        data: { organizationId: actor.organizationId, ...appColumns(data) },
      });
      await putSecret(tx, { organizationId: actor.organizationId, resourceType: OAUTH_APP_RESOURCE, resourceId: String(row.id) }, CLIENT_SECRET_FIELD, data.clientSecret, data.tokenURI, {
        expiresAt: data.clientSecretExpiresAt ?? null,
      });
      const dto = await loadOAuthApp(actor.organizationId, row.id, tx);
      await emitResourceEvent(tx, actor, "oauth_app", "created", { id: dto.id, name: dto.name });
      await recordAuditEvent(tx, {
        actor,
        organizationId: actor.organizationId,
        action: "oauthApp.create",
        resourceType: OAUTH_APP_RESOURCE,
        resourceId: String(row.id),
        after: dto,
        context,
      });
      return dto;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateAppName(data.name);
    throw error;
  }
}
