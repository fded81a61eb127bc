import "server-only";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { apiKeyCache } from "./api-key-cache";
import { toApiKeyDto } from "./api-key-dto";

/** Revokes one of the actor's own keys; another user's key is "not found". */
export async function revokeApiKey(actor: Actor, id: string, context: RequestContext): Promise<void> {
  await requirePermission(actor, "apiKey.own", context);
  if (!isUuid(id)) throw notFound("API key");
  await db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({
      where: { id, userId: actor.userId, organizationId: actor.organizationId, revokedAt: null },
    });
    if (!key) throw notFound("API key");
    // Conditional on "not yet revoked", so two concurrent revokes record one revocation.
    const { count } = await tx.apiKey.updateMany({ where: { id: key.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) throw notFound("API key");
    const revoked = await tx.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    await recordAuditEvent(tx, {
      actor,
      organizationId: actor.organizationId,
      action: "apiKey.revoke",
      resourceType: "api_key",
      resourceId: key.id,
      before: toApiKeyDto(key),
      after: toApiKeyDto(revoked),
      context,
    });
  });
  // Other instances drop theirs on the trigger's NOTIFY; this one at once, before answering.
  apiKeyCache().clear();
}
