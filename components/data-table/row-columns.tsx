"use client";
// Columns every list draws the same way: row selection (bulk delete), the details toggle, and a
// short GUID with a copy button.
import type { ColumnDef } from "@tanstack/react-table";
import { ChevronRightIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { cn } from "@/lib/utils";
import { Checkbox } from "@/components/ui/checkbox";

export const selectColumn = <TData,>(noun: string, rowLabel: (row: TData) => string): ColumnDef<TData, unknown> => ({
  id: "select",
  enableHiding: false,
  header: ({ table }) => (
    <Checkbox
      aria-label={`Select every ${noun} on this page`}
      checked={table.getIsAllPageRowsSelected() || (table.getIsSomePageRowsSelected() && "indeterminate")}
      onCheckedChange={(value) => table.toggleAllPageRowsSelected(value)}
    />
  ),
  cell: ({ row }) => (
    <Checkbox aria-label={`Select ${rowLabel(row.original)}`} checked={row.getIsSelected()} onCheckedChange={(value) => row.toggleSelected(value)} />
  ),
  meta: { className: "w-8" },
});

export const detailsColumn = <TData,>(rowLabel: (row: TData) => string): ColumnDef<TData, unknown> => ({
  id: "details",
  enableHiding: false,
  header: () => <span className="sr-only">Details</span>,
  cell: ({ row }) => (
    <Button
      variant="ghost"
      size="icon-sm"
      aria-expanded={row.getIsExpanded()}
      aria-controls={row.getIsExpanded() ? `details-${row.id}` : undefined}
      aria-label={`${row.getIsExpanded() ? "Hide" : "Show"} details of ${rowLabel(row.original)}`}
      onClick={() => row.toggleExpanded()}
    >
      <ChevronRightIcon aria-hidden className={cn("transition-transform motion-reduce:transition-none", row.getIsExpanded() && "rotate-90")} />
    </Button>
  ),
  meta: { className: "w-10" },
});

/**
 * The GUID's first block (it tells rows with equal names apart) and a button copying the whole
 * GUID; not on a phone's card (the card's title links to the record).
 */
export const guidColumn = <TData extends { guid: string },>(rowLabel: (row: TData) => string): ColumnDef<TData, unknown> => ({
  id: "guid",
  meta: { label: "GUID", card: "hidden" },
  cell: ({ row }) => (
    <span className="inline-flex items-center gap-1">
      <code className="font-mono text-xs whitespace-nowrap" title={row.original.guid}>
        {row.original.guid.slice(0, 8)}
      </code>
      <CopyButton value={row.original.guid} label={`GUID of ${rowLabel(row.original)}`} />
    </span>
  ),
});
