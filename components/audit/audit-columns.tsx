"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { CopyButton } from "@/components/ui/copy-button";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AuditEventDto } from "@/lib/schemas/audit";
import { resourceTypeLabel } from "@/lib/schemas/audit-constants";
import { auditHref } from "./audit-href";

const OUTCOME_VARIANT: Record<string, BadgeProps["variant"]> = { success: "success", denied: "warning", failure: "destructive" };

/** The audit log's columns; ids are shown whole (they wrap) with a copy button. */
export const auditColumns: ColumnDef<AuditEventDto, unknown>[] = [
  { id: "time", meta: { label: "Time", alwaysVisible: true }, cell: ({ row }) => <RelativeTime value={row.original.createdAt} /> },
  { id: "actor", meta: { label: "Actor" }, cell: ({ row }) => <span className="break-all">{row.original.actorLabel}</span> },
  { id: "action", meta: { label: "Action" }, cell: ({ row }) => <code className="font-mono text-xs break-all">{row.original.action}</code> },
  {
    id: "outcome",
    meta: { label: "Outcome" },
    cell: ({ row }) => <Badge variant={OUTCOME_VARIANT[row.original.outcome] ?? "outline"}>{row.original.outcome}</Badge>,
  },
  {
    id: "resource",
    meta: { label: "Resource", className: "min-w-48" },
    cell: ({ row }) => {
      const { resourceType, resourceId } = row.original;
      return (
        <div className="flex flex-col gap-0.5">
          <span className="text-muted-foreground">{resourceTypeLabel(resourceType)}</span>
          {resourceId && (
            <span className="inline-flex items-center gap-1">
              <Link
                href={auditHref({ resourceType, resourceId })}
                className="font-mono text-xs break-all underline-offset-4 hover:underline focus-visible:underline"
                title={`All events for ${resourceType} ${resourceId}`}
              >
                {resourceId}
              </Link>
              <CopyButton value={resourceId} label="resource ID" />
            </span>
          )}
        </div>
      );
    },
  },
  {
    id: "requestId",
    meta: { label: "Request ID", className: "min-w-40" },
    cell: ({ row }) =>
      row.original.requestId ? (
        <span className="inline-flex items-center gap-1">
          <code className="font-mono text-xs break-all">{row.original.requestId}</code>
          <CopyButton value={row.original.requestId} label="request ID" />
        </span>
      ) : (
        <span className="text-muted-foreground">—</span>
      ),
  },
];
