import "server-only";
// Deleting a workload revokes everything that let it get tokens: its content session tokens and
// its integration associations go with it (ON DELETE CASCADE), and so do its exchange counts.
import { notFound } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { checkPrecondition, type Precondition } from "@/lib/server/preconditions";
import { lockWorkload, toWorkloadDto, workloadEtag } from "./workload-dto";

export async function deleteWorkload(actor: Actor, guid: string, precondition: Precondition, context: RequestContext): Promise<void> {
  await requirePermission(actor, "workload.delete", context, { type: "content", id: guid });
  await db.$transaction(async (tx) => {
    const current = await lockWorkload(actor, guid, tx);
    const before = toWorkloadDto(current);
    checkPrecondition({ etag: workloadEtag(before), version: before.version }, precondition, "workload");
    const [tokens, associations] = await Promise.all([
      tx.contentSessionToken.count({ where: { contentId: current.id, revokedAt: null } }),
      tx.contentAssociation.findMany({ where: { contentId: current.id }, select: { integration: { select: { guid: true } } } }),
    ]);
    const { count } = await tx.contentItem.deleteMany({ where: { id: current.id } });
    if (count === 0) throw notFound("Content");
    await recordAuditEvent(tx, {
      actor,
      organizationId: actor.organizationId,
      action: "content.delete",
      resourceType: "content",
      resourceId: current.id,
      before: { ...before, associations: associations.map((a) => a.integration.guid), liveSessionTokens: tokens },
      context,
    });
  });
}
