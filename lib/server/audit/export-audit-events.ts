import "server-only";
// The audit log's CSV export: every event matching the filters, oldest first, in batches by id
// (keyset: each batch costs the same however deep), without a row cap. Events hold no secrets
// (snapshots pass the audit redactor); the before/after snapshots are left out of the CSV.
import { auditFiltersSchema, type AuditEventDto } from "@/lib/schemas/audit";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { auditEventSelect, auditEventsWhere, toAuditEventDto } from "./list-audit-events";

const EXPORT_BATCH = 1000;

export async function exportAuditEvents(actor: Actor, filters: unknown, context: RequestContext): Promise<AsyncIterable<AuditEventDto[]>> {
  await requirePermission(actor, "audit.read", context);
  const where = auditEventsWhere(actor, auditFiltersSchema.parse(filters ?? {}));
  return (async function* () {
    let after: bigint | null = null;
    for (;;) {
      const rows: { id: bigint }[] & Parameters<typeof toAuditEventDto>[0][] = await db.auditEvent.findMany({
        where: { ...where, ...(after !== null && { id: { gt: after } }) },
        orderBy: { id: "asc" },
        take: EXPORT_BATCH,
        select: auditEventSelect,
      });
      if (rows.length > 0) yield rows.map(toAuditEventDto);
      if (rows.length < EXPORT_BATCH) return;
      after = rows[rows.length - 1].id;
    }
  })();
}
