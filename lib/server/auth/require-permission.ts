import "server-only";
// The permission gate every service calls first. A denial is audited (in its own transaction,
// since the caller's work is abandoned) and surfaces as 403, or 404 where existence would leak.
import { AppError } from "@/lib/errors";
import { can, type Permission } from "@/lib/permissions";
import { recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "./actor";

export async function requirePermission(
  actor: Actor,
  permission: Permission,
  context: RequestContext,
  resource: { type: string; id?: string | null; hideExistence?: boolean } = { type: permission.split(".")[0] },
): Promise<void> {
  if (can(actor.role, permission)) return;
  await recordStandaloneAuditEvent({
    actor,
    organizationId: actor.organizationId,
    action: permission,
    outcome: "denied",
    resourceType: resource.type,
    resourceId: resource.id ?? null,
    detail: `role ${actor.role} lacks ${permission}`,
    context,
  });
  if (resource.hideExistence) throw new AppError("not_found", `${resource.type} not found`);
  throw new AppError("forbidden", `You do not have permission to perform this action (${permission}).`);
}
