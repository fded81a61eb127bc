import "server-only";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { findWorkload } from "./workload-dto";

/** Revokes one token of the workload; from then on it authenticates nothing. */
export async function revokeContentSessionToken(actor: Actor, contentGuid: string, tokenId: string, context: RequestContext): Promise<void> {
  await requirePermission(actor, "workload.sessionToken", context, { type: "content", id: contentGuid });
  if (!isUuid(tokenId)) throw notFound("Session token");
  await db.$transaction(async (tx) => {
    const content = await findWorkload(actor, contentGuid, tx);
    const { count } = await tx.contentSessionToken.updateMany({ where: { id: tokenId, contentId: content.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) throw notFound("Session token");
    const row = await tx.contentSessionToken.findUniqueOrThrow({ where: { id: tokenId }, select: { prefix: true } });
    await recordAuditEvent(tx, {
      actor,
      organizationId: actor.organizationId,
      action: "content_session_token.revoke",
      resourceType: "content",
      resourceId: content.id,
      before: { id: tokenId, prefix: row.prefix },
      context,
    });
  });
}
