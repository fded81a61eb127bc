"use client";
/**
 * The one data table for every list (shadcn's data-table, on ./table-model.ts). A section adds
 * column definitions and a thin client wrapper, not another table:
 *
 *   // components/widgets/widgets-columns.tsx ("use client")
 *   export const widgetColumns: ColumnDef<WidgetDto>[] = [
 *     { id: "name", accessorKey: "name", meta: { label: "Name", sortKey: "name", alwaysVisible: true },
 *       cell: ({ row }) => <Link href={`/widgets/${row.original.id}`}>{row.original.name}</Link> },
 *     { id: "updated", meta: { label: "Updated", sortKey: "updated", sortDescFirst: true },
 *       cell: ({ row }) => <RelativeTime value={row.original.updatedAt} /> },
 *   ];
 *   // components/widgets/widgets-table.tsx ("use client")
 *   export function WidgetsTable(props: ServerListProps<WidgetDto>) {
 *     return <DataTable {...props} tableId="widgets" noun={["widget", "widgets"]} columns={widgetColumns}
 *       getRowId={(w) => w.id} exportHref="/api/console/export/widgets"
 *       bulkDelete={{ describe: (w) => ({ id: w.id, name: w.name }), run: (rows) => deleteWidgetsAction(rows.map(…)) }} />;
 *   }
 *   // app/(console)/widgets/page.tsx (server): parse ?page&size&sort&<filters> with the section's zod
 *   // schema, call the list service, render <WidgetsTable rows total page pageCount pageSize sort toolbar={<WidgetFilters/>} />
 *
 * State lives in the URL (components/data-table/url-state.ts: page, size, sort; a section's filters
 * through `useListFilters`): every change navigates and the server renders the new page. Column
 * visibility is remembered per `tableId`; row selection is per page.
 */
import { ChevronRightIcon, DownloadIcon, Trash2Icon } from "lucide-react";
import dynamic from "next/dynamic";
import { useRouter, useSearchParams } from "next/navigation";
import { Fragment, useMemo, useState, type ReactNode } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import type { BulkDeleteItem } from "./bulk-delete-dialog";
import { DataTableColumnHeader } from "./data-table-column-header";
import { DataTablePagination, type PaginationState } from "./data-table-pagination";
import { DataTableViewOptions } from "./data-table-view-options";
import { RowCheckbox } from "./row-checkbox";
import { useTable, type ColumnDef, type ExpandedState, type RowSelectionState, type VisibilityState } from "./table-model";
import { useColumnVisibility } from "./use-column-visibility";
import { useTableUrlState } from "./url-state";

const BulkDeleteDialog = dynamic(() => import("./bulk-delete-dialog"), { ssr: false });

/** What a server page passes to a section's table wrapper. */
export type ServerListProps<TData> = {
  rows: TData[];
  /** Lists paged by cursor (`pager`) may not count. */
  total?: number;
  totalIsEstimate?: boolean;
  page?: number;
  pageCount?: number | null;
  pageSize?: number;
  hasNextPage?: boolean;
  /** Keyset lists: the next/previous page links carry these, so they seek instead of counting. */
  cursors?: { next: string | null; prev: string | null };
  /** The sort in effect (the schema's default when the URL has none). */
  sort?: string;
  /** Filters, left of the column menu. */
  toolbar?: ReactNode;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
};

export type BulkDelete<TData> = {
  describe: (row: TData) => BulkDeleteItem;
  /** Deletes the rows (a server action's result: `{ ok: true }`, or `{ error }` to show in the dialog). */
  run: (rows: TData[]) => Promise<{ ok?: true; error?: string }>;
};

type DataTableProps<TData> = ServerListProps<TData> & {
  tableId: string;
  noun: [string, string];
  columns: ColumnDef<TData, unknown>[];
  getRowId: (row: TData) => string;
  /** Route handler that streams the current filter as CSV; the URL's filters are appended. */
  exportHref?: string;
  bulkDelete?: BulkDelete<TData>;
  defaultHidden?: VisibilityState;
  /** A row's details, shown in a full-width row below it behind a toggle (the first column). */
  renderDetails?: (row: TData) => ReactNode;
  /** Names a row for its checkbox and details toggle, e.g. "integration.update at 5 Jan 2026, 14:03". */
  rowLabel?: (row: TData) => string;
  /** Replaces the numbered pagination (cursor-paged lists: newer/older links). */
  pager?: ReactNode;
  "data-testid"?: string;
};

const selectColumn = <TData,>(noun: string, rowLabel: (row: TData) => string): ColumnDef<TData, unknown> => ({
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

const detailsColumn = <TData,>(rowLabel: (row: TData) => string): ColumnDef<TData, unknown> => ({
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

export function DataTable<TData>(props: DataTableProps<TData>) {
  const { rows, columns, getRowId, tableId, noun, bulkDelete, exportHref, toolbar, empty, sort = "", renderDetails, rowLabel, pager } = props;
  const router = useRouter();
  const searchParams = useSearchParams();
  const url = useTableUrlState();
  const [visibility, setVisibility] = useColumnVisibility(tableId, props.defaultHidden);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [confirming, setConfirming] = useState<TData[] | null>(null);

  const [expanded, setExpanded] = useState<ExpandedState>({});
  const allColumns = useMemo(
    () => [
      ...(bulkDelete ? [selectColumn<TData>(noun[0], rowLabel ?? getRowId)] : []),
      ...(renderDetails ? [detailsColumn<TData>(rowLabel ?? getRowId)] : []),
      ...columns,
    ],
    [bulkDelete, renderDetails, rowLabel, getRowId, columns, noun],
  );
  const table = useTable({
    data: rows,
    columns: allColumns,
    getRowId,
    visibility,
    onVisibilityChange: setVisibility,
    selection,
    onSelectionChange: setSelection,
    expanded,
    onExpandedChange: setExpanded,
  });
  const selected = table.getSelectedRows();
  const onSort = (next: string) => {
    setSelection({});
    void url.setState({ sort: next, page: null, cursor: null });
  };
  const exportUrl = useMemo(() => {
    if (!exportHref) return null;
    const params = new URLSearchParams(searchParams.toString());
    ["page", "size"].forEach((key) => params.delete(key));
    const query = params.toString();
    return query ? `${exportHref}?${query}` : exportHref;
  }, [exportHref, searchParams]);

  const pagination: PaginationState = {
    page: props.page ?? 1,
    pageCount: props.pageCount ?? null,
    pageSize: props.pageSize ?? 25,
    total: props.total ?? 0,
    totalIsEstimate: props.totalIsEstimate,
    hasNextPage: props.hasNextPage,
  };

  return (
    <div data-slot="data-table" className="min-w-0">
      {/* Filters take the whole row below lg; the table's own buttons then wrap under them. */}
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <div className="flex min-w-0 flex-1 basis-full flex-wrap items-end gap-3 lg:basis-0">{toolbar}</div>
        <div className="ml-auto flex flex-wrap items-center gap-2">
          {bulkDelete && selected.length > 0 && (
            <Button variant="destructive" size="sm" onClick={() => setConfirming(selected)}>
              <Trash2Icon aria-hidden />
              Delete {selected.length} selected
            </Button>
          )}
          {exportUrl && rows.length > 0 && (
            <Button asChild variant="outline" size="sm">
              <a href={exportUrl} download>
                <DownloadIcon aria-hidden />
                Export CSV
              </a>
            </Button>
          )}
          <DataTableViewOptions table={table} />
        </div>
      </div>
      {rows.length === 0 && empty ? (
        empty
      ) : (
        <>
          <Table data-testid={props["data-testid"]} aria-busy={url.pending || undefined} className={cn(url.pending && "opacity-60 transition-opacity")}>
            <TableHeader>
              <TableRow>
                {table.getVisibleColumns().map((column) => {
                  const meta = column.columnDef.meta;
                  const key = meta?.sortKey;
                  const ariaSort = key && sort === key ? "ascending" : key && sort === `-${key}` ? "descending" : key ? "none" : undefined;
                  return (
                    <TableHead key={column.id} aria-sort={ariaSort} className={meta?.className}>
                      {/* A column with a label gets the standard (sortable) header; the rest render their own. */}
                      {meta?.label ? <DataTableColumnHeader column={column} title={meta.label} sort={sort} onSort={onSort} /> : column.columnDef.header?.({ table })}
                    </TableHead>
                  );
                })}
              </TableRow>
            </TableHeader>
            <TableBody>
              {table.rows.map((row) => (
                <Fragment key={row.id}>
                  <TableRow data-state={row.getIsSelected() || row.getIsExpanded() ? "selected" : undefined}>
                    {table.getVisibleColumns().map((column) => (
                      <TableCell key={column.id} className={column.columnDef.meta?.className}>
                        {column.columnDef.cell({ row, table })}
                      </TableCell>
                    ))}
                  </TableRow>
                  {renderDetails && row.getIsExpanded() && (
                    <TableRow id={`details-${row.id}`} className="hover:bg-transparent">
                      <TableCell colSpan={table.getVisibleColumns().length} className="bg-muted/30">
                        {renderDetails(row.original)}
                      </TableCell>
                    </TableRow>
                  )}
                </Fragment>
              ))}
            </TableBody>
          </Table>
          {pager ?? (
          <DataTablePagination
            state={pagination}
            noun={noun}
            selected={selected.length}
            onChange={({ page, size }) => {
              setSelection({});
              // ±1 carries the keyset cursor; any other page (a jump) is found without one.
              const cursor = page === pagination.page + 1 ? props.cursors?.next : page === pagination.page - 1 ? props.cursors?.prev : null;
              void url.setState(size ? { size, page: null, cursor: null } : { page: page === 1 ? null : page, cursor: page === 1 ? null : (cursor ?? null) });
            }}
          />
          )}
        </>
      )}
      {bulkDelete && confirming && (
        <BulkDeleteDialog
          items={confirming.map(bulkDelete.describe)}
          noun={noun}
          onConfirm={async () => {
            const result = await bulkDelete.run(confirming);
            return result.ok ? null : (result.error ?? "Not deleted");
          }}
          onClose={(deleted) => {
            const count = confirming.length;
            setConfirming(null);
            if (!deleted) return;
            setSelection({});
            toast.success(`Deleted ${count} ${count === 1 ? noun[0] : noun[1]}`);
            router.refresh();
            // Focus would otherwise fall to <body> with the rows gone.
            requestAnimationFrame(() => document.querySelector<HTMLElement>("#main h1")?.focus());
          }}
        />
      )}
    </div>
  );
}
