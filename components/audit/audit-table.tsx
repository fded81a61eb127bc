"use client";

import { ChevronRightIcon } from "lucide-react";
import Link from "next/link";
import { Fragment, useState } from "react";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import type { AuditEventDto } from "@/lib/schemas/audit";
import { cn } from "@/lib/utils";
import { AuditEventDetails } from "./audit-event-details";
import { auditHref } from "./audit-href";

const OUTCOME_VARIANT: Record<string, BadgeProps["variant"]> = { success: "success", denied: "warning", failure: "destructive" };

export function AuditTable({ events }: { events: AuditEventDto[] }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Table data-testid="audit-table">
      <TableHeader>
        <TableRow>
          <TableHead className="w-10">
            <span className="sr-only">Details</span>
          </TableHead>
          <TableHead>Time (UTC)</TableHead>
          <TableHead>Actor</TableHead>
          <TableHead>Action</TableHead>
          <TableHead>Outcome</TableHead>
          <TableHead>Resource</TableHead>
          <TableHead>Request ID</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {events.map((event) => {
          const expanded = open.has(event.id);
          const detailsId = `audit-event-${event.id}`;
          return (
            <Fragment key={event.id}>
              <TableRow data-state={expanded ? "selected" : undefined}>
                <TableCell>
                  <Button
                    variant="ghost"
                    size="icon-sm"
                    aria-expanded={expanded}
                    aria-controls={expanded ? detailsId : undefined}
                    aria-label={`${expanded ? "Hide" : "Show"} details of ${event.action} at ${formatDateTime(event.createdAt)}`}
                    onClick={() => toggle(event.id)}
                  >
                    <ChevronRightIcon aria-hidden className={cn("transition-transform motion-reduce:transition-none", expanded && "rotate-90")} />
                  </Button>
                </TableCell>
                <TableCell>
                  <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
                </TableCell>
                <TableCell className="max-w-56 truncate" title={event.actorLabel}>
                  {event.actorLabel}
                </TableCell>
                <TableCell className="font-mono text-xs">{event.action}</TableCell>
                <TableCell>
                  <Badge variant={OUTCOME_VARIANT[event.outcome] ?? "outline"}>{event.outcome}</Badge>
                </TableCell>
                <TableCell className="max-w-64 truncate">
                  <span className="text-muted-foreground">{event.resourceType}</span>
                  {event.resourceId && (
                    <>
                      {" "}
                      <Link
                        href={auditHref({ resourceType: event.resourceType, resourceId: event.resourceId })}
                        className="font-mono text-xs underline-offset-4 hover:underline focus-visible:underline"
                        title={`All events for ${event.resourceType} ${event.resourceId}`}
                      >
                        {event.resourceId}
                      </Link>
                    </>
                  )}
                </TableCell>
                <TableCell className="max-w-40 truncate font-mono text-xs" title={event.requestId ?? undefined}>
                  {event.requestId ?? <span className="text-muted-foreground">—</span>}
                </TableCell>
              </TableRow>
              {expanded && (
                <TableRow id={detailsId} className="hover:bg-transparent">
                  <TableCell colSpan={7} className="bg-muted/30">
                    <AuditEventDetails event={event} />
                  </TableCell>
                </TableRow>
              )}
            </Fragment>
          );
        })}
      </TableBody>
    </Table>
  );
}
