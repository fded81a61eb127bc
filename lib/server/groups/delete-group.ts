import "server-only";
import { notFound } from "@/lib/errors";
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
    // A concurrent delete of the same group leaves nothing to delete: 404, not Prisma's "record
    // not found" (a 500, found by the fuzzing proof).
    const { count } = await tx.group.deleteMany({ where: { id: row.id } });
    if (count === 0) throw notFound("Group");
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "group.delete", resourceType: "group", resourceId: row.id, before: toGroupDto(row), context });
  });
}
