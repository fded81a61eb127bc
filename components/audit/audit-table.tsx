"use client";

import type { ReactNode } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { formatDateTime } from "@/lib/format";
import type { AuditEventDto } from "@/lib/schemas/audit";
import { auditColumns } from "./audit-columns";
import { AuditEventDetails } from "./audit-event-details";

/** Keyset-paged (newer/older links in `pager`): no total, no page numbers. */
export function AuditTable({ events, toolbar, pager, empty }: { events: AuditEventDto[]; toolbar: ReactNode; pager: ReactNode; empty: ReactNode }) {
  return (
    <DataTable
      rows={events}
      data-testid="audit-table"
      tableId="audit"
      noun={["event", "events"]}
      columns={auditColumns}
      getRowId={(e) => e.id}
      toolbar={toolbar}
      pager={pager}
      empty={empty}
      exportHref="/audit/export"
      defaultHidden={{ requestId: false }}
      renderDetails={(event) => <AuditEventDetails event={event} />}
      rowLabel={(event) => `${event.action} at ${formatDateTime(event.createdAt)}`}
    />
  );
}
