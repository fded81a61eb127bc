"use client";
// The data table's rows: a table from `md` up, a card per row below it (card-layout.ts).
import { flexRender, type Table as TanStackTable } from "@tanstack/react-table";
import { Fragment, useMemo, type ReactNode } from "react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import { CARD_CLASSES, CARD_ROW, CARD_TABLE, cardPlacements } from "./card-layout";
import { DataTableColumnHeader } from "./data-table-column-header";

// Long values wrap instead of widening the table past its box: at spaces, and inside emails, URLs
// and ids where the column renders them with WrapText (its break points let the column narrow).
const WRAP = "whitespace-normal wrap-break-word";

export function DataTableGrid<TData>({
  table,
  pending,
  renderDetails,
  "data-testid": testId,
}: {
  table: TanStackTable<TData>;
  /** A sort, filter or page change is loading: the rows dim and a bar runs along the top. */
  pending: boolean;
  renderDetails?: (row: TData) => ReactNode;
  "data-testid"?: string;
}) {
  const columns = table.options.columns;
  const placements = useMemo(() => cardPlacements(columns), [columns]);
  const cellClass = (id: string, label: string | undefined) => {
    const placement = placements.get(id) ?? "field";
    // A field without a header label has nothing to show beside it: it spans the card like actions.
    return CARD_CLASSES[placement === "field" && !label ? "actions" : placement];
  };
  return (
    <div className="relative">
      {pending && <div role="progressbar" aria-label="Loading" data-testid="table-pending" className="absolute inset-x-0 top-0 z-10 h-0.5 animate-pulse bg-primary motion-reduce:animate-none" />}
      <Table data-testid={testId} aria-busy={pending || undefined} className={cn(CARD_TABLE, pending && "opacity-60 transition-opacity")}>
        <TableHeader className="max-md:hidden">
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id}>
              {group.headers.map((header) => {
                const meta = header.column.columnDef.meta;
                const direction = meta?.sortKey ? header.column.getIsSorted() : undefined;
                const ariaSort = direction === "asc" ? "ascending" : direction === "desc" ? "descending" : direction === false ? "none" : undefined;
                return (
                  <TableHead key={header.id} aria-sort={ariaSort} className={meta?.className}>
                    {/* A column with a label gets the standard (sortable) header; the rest render their own. */}
                    {header.isPlaceholder ? null : meta?.label ? (
                      <DataTableColumnHeader column={header.column} title={meta.label} />
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </TableHead>
                );
              })}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {table.getRowModel().rows.map((row) => (
            <Fragment key={row.id}>
              <TableRow data-state={row.getIsSelected() || row.getIsExpanded() ? "selected" : undefined} className={CARD_ROW}>
                {row.getVisibleCells().map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  return (
                    <TableCell key={cell.id} data-label={meta?.label} className={cn(WRAP, meta?.className, cellClass(cell.column.id, meta?.label))}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </TableCell>
                  );
                })}
              </TableRow>
              {renderDetails && row.getIsExpanded() && (
                <TableRow id={`details-${row.id}`} className="hover:bg-transparent max-md:block">
                  <TableCell colSpan={row.getVisibleCells().length} className="bg-muted/30 max-md:block max-md:whitespace-normal">
                    {renderDetails(row.original)}
                  </TableCell>
                </TableRow>
              )}
            </Fragment>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
