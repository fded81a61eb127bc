"use client";
// The table's own leading columns: row selection (bulk delete) and the details toggle.
import type { ColumnDef } from "@tanstack/react-table";
import { ChevronRightIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { RowCheckbox } from "./row-checkbox";

export const selectColumn = <TData,>(noun: string, rowLabel: (row: TData) => string): ColumnDef<TData, unknown> => ({
  id: "select",
  enableHiding: false,
  header: ({ table }) => (
    <RowCheckbox
      aria-label={`Select every ${noun} on this page`}
      checked={table.getIsAllPageRowsSelected() || (table.getIsSomePageRowsSelected() && "indeterminate")}
      onCheckedChange={(value) => table.toggleAllPageRowsSelected(value)}
    />
  ),
  cell: ({ row }) => (
    <RowCheckbox aria-label={`Select ${rowLabel(row.original)}`} checked={row.getIsSelected()} onCheckedChange={(value) => row.toggleSelected(value)} />
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
