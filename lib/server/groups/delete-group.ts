import "server-only";
import { AppError, notFound } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, type Tx } from "@/lib/server/db/client";
import { findGroup, toGroupDto } from "./group-dto";

/**
 * Deletes a group, its memberships and the integration permissions that name it. Refused (409)
 * while the group is the only entry of some integration's permission list: an empty list means
 * "everyone in the organisation", so deleting it would widen who may use that integration.
 */
export async function deleteGroup(actor: Actor, guid: string, context: RequestContext): Promise<void> {
  await requirePermission(actor, "group.manage", context, { type: "group", id: guid });
  await db.$transaction(async (tx) => {
    const row = await findGroup(actor, guid, tx);
    await refuseIfSoleEntry(tx, row);
    // A concurrent delete of the same group leaves nothing to delete: 404, not Prisma's "record
    // not found" (a 500, found by the fuzzing proof).
    const { count } = await tx.group.deleteMany({ where: { id: row.id } });
    if (count === 0) throw notFound("Group");
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "group.delete", resourceType: "group", resourceId: row.id, before: toGroupDto(row), context });
  });
}

const SHOWN = 5;

async function refuseIfSoleEntry(tx: Tx, group: { id: string; name: string }) {
  // Lock the integrations that name the group first (as updateIntegration does), so a concurrent
  // PATCH or a concurrent delete of another group on the same list is judged after it commits: two
  // groups that are an integration's only two entries cannot both go at once.
  await tx.$queryRaw`SELECT i.id FROM integrations i WHERE i.id IN (SELECT p.integration_id FROM integration_permissions p WHERE p.group_id = ${group.id}::uuid) ORDER BY i.id FOR UPDATE`;
  const sole = await tx.$queryRaw<{ name: string; guid: string }[]>`
    SELECT i.name, i.guid::text AS guid
      FROM integration_permissions p JOIN integrations i ON i.id = p.integration_id
     WHERE p.group_id = ${group.id}::uuid
       AND NOT EXISTS (SELECT 1 FROM integration_permissions q WHERE q.integration_id = p.integration_id AND q.id <> p.id)
     ORDER BY i.name, i.id
     LIMIT ${SHOWN + 1}`;
  if (sole.length === 0) return;
  const names = sole.slice(0, SHOWN).map((i) => `“${i.name || i.guid}”`);
  const more = sole.length > SHOWN ? " and others" : "";
  throw new AppError(
    "conflict",
    `${group.name} is the only entry in who can use ${names.join(", ")}${more}. Deleting it would let everyone in the organisation use ${sole.length === 1 ? "that integration" : "them"}: add someone else there, or remove the group from ${sole.length === 1 ? "it" : "them"}, first.`,
  );
}
