// GET /audit/export?actor&action&resourceType&resourceId&outcome&from&to — the audit log's current filter as CSV (streamed)
import type { CsvColumn } from "@/lib/csv";
import type { AuditEventDto } from "@/lib/schemas/audit";
import { exportAuditEvents } from "@/lib/server/audit/export-audit-events";
import { csvExportRoute } from "@/lib/server/export/csv-export-route";

const COLUMNS: CsvColumn<AuditEventDto>[] = [
  { header: "id", value: (e) => e.id },
  { header: "time", value: (e) => e.createdAt },
  { header: "actor", value: (e) => e.actorLabel },
  { header: "actor_id", value: (e) => e.actorId },
  { header: "action", value: (e) => e.action },
  { header: "outcome", value: (e) => e.outcome },
  { header: "resource_type", value: (e) => e.resourceType },
  { header: "resource_id", value: (e) => e.resourceId },
  { header: "resource_name", value: (e) => e.resourceName },
  { header: "detail", value: (e) => e.detail },
  { header: "request_id", value: (e) => e.requestId },
  { header: "ip", value: (e) => e.ip },
  { header: "untrusted", value: (e) => (e.untrusted ? JSON.stringify(e.untrusted) : null) },
];

// The page position (before/after) is not a filter: the export holds every matching event.
export const GET = csvExportRoute("audit", COLUMNS, (actor, { before: _before, after: _after, ...filters }, context) =>
  exportAuditEvents(actor, filters, context),
);
