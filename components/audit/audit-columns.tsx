"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Link } from "@/components/ui/link";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { CopyButton } from "@/components/ui/copy-button";
import { RelativeTime } from "@/components/ui/relative-time";
import { WrapText } from "@/components/ui/wrap-text";
import { actionLabel } from "@/lib/action-labels";
import type { AuditEventDto } from "@/lib/schemas/audit";
import { resourceTypeLabel } from "@/lib/schemas/audit-constants";
import { auditHref } from "./audit-href";

const OUTCOME_VARIANT: Record<string, BadgeProps["variant"]> = { success: "success", denied: "warning", failure: "destructive" };

/** Its name when the event happened, linked while the resource exists; the id's first block filters the log to it. */
function ResourceCell({ event }: { event: AuditEventDto }) {
  const { resourceType, resourceId, resourceName, resourceHref } = event;
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <span className="text-xs text-muted-foreground">{resourceTypeLabel(resourceType)}</span>
      {resourceName &&
        (resourceHref ? (
          <Link href={resourceHref} className="font-medium underline-offset-4 hover:underline" data-testid="audit-resource-link">
            <WrapText>{resourceName}</WrapText>
          </Link>
        ) : (
          <WrapText className="font-medium">{resourceName}</WrapText>
        ))}
      {resourceId && (
        <span className="inline-flex items-center gap-1">
          <Link
            href={auditHref({ resourceType, resourceId })}
            className="font-mono text-xs text-muted-foreground underline-offset-4 hover:underline focus-visible:underline"
            title={`All events for ${resourceType} ${resourceId}`}
            aria-label={`All events for ${resourceName ?? `${resourceType} ${resourceId}`}`}
          >
            {resourceId.length > 12 ? `${resourceId.slice(0, 8)}…` : resourceId}
          </Link>
          <CopyButton value={resourceId} label="resource ID" />
        </span>
      )}
    </div>
  );
}

/** The audit log's columns: what happened in words (the action's code below it), the resource by name. */
export const auditColumns: ColumnDef<AuditEventDto, unknown>[] = [
  { id: "time", meta: { label: "Time", alwaysVisible: true, card: "field" }, cell: ({ row }) => <RelativeTime value={row.original.createdAt} /> },
  {
    id: "action",
    meta: { label: "Action", card: "title", className: "min-w-32 whitespace-normal" },
    cell: ({ row }) => (
      <span className="flex flex-col">
        <span className="font-medium">{actionLabel(row.original.action)}</span>
        <code className="font-mono text-xs text-muted-foreground">
          <WrapText>{row.original.action}</WrapText>
        </code>
      </span>
    ),
  },
  {
    id: "outcome",
    meta: { label: "Outcome", card: "field" },
    cell: ({ row }) => <Badge variant={OUTCOME_VARIANT[row.original.outcome] ?? "outline"}>{row.original.outcome}</Badge>,
  },
  {
    id: "resource",
    meta: { label: "Resource", card: "field", className: "min-w-40 max-w-72 whitespace-normal" },
    cell: ({ row }) => <ResourceCell event={row.original} />,
  },
  {
    id: "actor",
    meta: { label: "Actor", card: "field", className: "min-w-32 max-w-60 whitespace-normal" },
    cell: ({ row }) => <WrapText>{row.original.actorLabel}</WrapText>,
  },
  {
    // Rarely needed: behind "Columns" (and in each event's details).
    id: "requestId",
    meta: { label: "Request ID", card: "hidden", className: "max-w-48 whitespace-normal" },
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
