import "server-only";
// The recent audit trail of one resource, for its detail page. Anyone who may read the resource
// sees who did what and when; the snapshots and free-text detail are the audit log's business,
// so only roles holding "audit.read" get them.
import { can, type Permission } from "@/lib/permissions";
import type { ResourceEventDto } from "@/lib/schemas/audit";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";

export const RESOURCE_EVENTS_LIMIT = 20;


/** Resource types with a detail page, and the permission that lets an actor read one. */
const READ_PERMISSION = {
  integration: "integration.read",
  connection: "connection.read",
  app: "app.read",
} as const satisfies Record<string, Permission>;

export async function listResourceEvents(
  actor: Actor,
  resource: { type: keyof typeof READ_PERMISSION; id: string },
  context: RequestContext,
): Promise<ResourceEventDto[]> {
  await requirePermission(actor, READ_PERMISSION[resource.type], context, { type: resource.type, id: resource.id });
  const withDetails = can(actor.role, "audit.read");
  const rows = await db.auditEvent.findMany({
    where: { organizationId: actor.organizationId, resourceType: resource.type, resourceId: resource.id },
    orderBy: { id: "desc" },
    take: RESOURCE_EVENTS_LIMIT,
    select: {
      id: true,
      action: true,
      outcome: true,
      actorLabel: true,
      createdAt: true,
      // Not even selected for other roles: nothing to leak by a later refactor of the mapping.
      detail: withDetails,
      before: withDetails,
      after: withDetails,
      requestId: withDetails,
    },
  });
  return rows.map((row) => ({
    id: String(row.id),
    action: row.action,
    outcome: row.outcome,
    actorLabel: row.actorLabel,
    createdAt: row.createdAt.toISOString(),
    ...(withDetails && {
      details: { detail: row.detail ?? null, before: row.before ?? null, after: row.after ?? null, requestId: row.requestId ?? null },
    }),
  }));
}
