import "server-only";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { findGroup, toGroupDto } from "./group-dto";

/** Deletes a group, its memberships and the integration permissions that name it. */
export async function deleteGroup(actor: Actor, guid: string, context: RequestContext): Promise<void> {
  await requirePermission(actor, "group.manage", context, { type: "group", id: guid });
  await db.$transaction(async (tx) => {
    const row = await findGroup(actor, guid, tx);
    await tx.group.delete({ where: { id: row.id } });
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "group.delete", resourceType: "group", resourceId: row.id, before: toGroupDto(row), context });
  });
}
