"use client";
/**
 * The one data table for every list (TanStack Table, as shadcn's data-table). A section adds
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
 * through `useListFilters`): every change navigates and the server renders the new page. TanStack
 * Table runs with manual sorting and pagination: its sorting and pagination state come from the
 * URL and its changes become navigations (the server sorts and pages). Column visibility is
 * remembered per `tableId`; row selection is per page.
 *
 * Below `md` each row is a card (card-layout.ts): a column's `meta.card` says whether it is the
 * card's title, a labelled field, its actions or hidden there (defaults: the always-visible column
 * is the title, "actions" the actions, the rest fields) — the same column definitions drive both.
 */
import {
  getCoreRowModel,
  getExpandedRowModel,
  useReactTable,
  type ColumnDef,
  type ExpandedState,
  type PaginationState as TablePagination,
  type RowSelectionState,
  type Table as TanStackTable,
  type SortingState,
  type Updater,
  type VisibilityState,
} from "@tanstack/react-table";
import { DownloadIcon, Settings2Icon, Trash2Icon } from "lucide-react";
import { useRouter, useSearchParams } from "next/navigation";
import { useMemo, useState, useTransition, type ReactNode } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { lazyPopup } from "@/components/ui/lazy-popup";
import { cn } from "@/lib/utils";
import type { BulkDeleteItem } from "./bulk-delete-dialog";
import { DataTableCardBar } from "./data-table-card-bar";
import { DataTableGrid } from "./data-table-grid";
import { DataTablePagination, type PaginationState } from "./data-table-pagination";
import { detailsColumn, selectColumn } from "./row-columns";
import "./types";
import { hideableColumns, useColumnVisibility } from "./use-column-visibility";
import { ListTransition, useTableUrlState } from "./url-state";

/** TanStack's `Updater`: a new value or a function of the old one. */
const apply = <T,>(updater: Updater<T>, old: T): T => (typeof updater === "function" ? (updater as (old: T) => T)(old) : updater);

// Loaded when first used (components/ui/lazy-popup.tsx): the columns menu, and the bulk delete's
// confirmation (rendered while it is open).
const DataTableViewOptions = lazyPopup(() => import("./data-table-view-options"));
const BulkDeleteDialog = lazyPopup(() => import("./bulk-delete-dialog"));

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

export function DataTable<TData>(props: DataTableProps<TData>) {
  const { rows, columns, getRowId, tableId, noun, bulkDelete, exportHref, toolbar, empty, sort = "", renderDetails, rowLabel, pager } = props;
  const router = useRouter();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const url = useTableUrlState(startTransition);
  const [visibility, setVisibility] = useColumnVisibility(tableId, props.defaultHidden);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [confirming, setConfirming] = useState<TData[] | null>(null);

  const [expanded, setExpanded] = useState<ExpandedState>({});
  const allColumns = useMemo<ColumnDef<TData, unknown>[]>(
    () => [
      ...(bulkDelete ? [selectColumn<TData>(noun[0], rowLabel ?? getRowId)] : []),
      ...(renderDetails ? [detailsColumn<TData>(rowLabel ?? getRowId)] : []),
      // A column sorts when it names a server sort key; ascending first unless `meta.sortDescFirst`
      // (TanStack would otherwise guess the first direction from the row values).
      ...columns.map((column) => ({ ...column, enableSorting: !!column.meta?.sortKey, sortDescFirst: !!column.meta?.sortDescFirst })),
    ],
    [bulkDelete, renderDetails, rowLabel, getRowId, columns, noun],
  );
  // The URL's sort ("name" / "-name") as TanStack's sorting state, on the column with that sortKey.
  const sorting = useMemo<SortingState>(() => {
    const column = allColumns.find((c) => c.meta?.sortKey && (sort === c.meta.sortKey || sort === `-${c.meta.sortKey}`));
    return column?.id ? [{ id: column.id, desc: sort.startsWith("-") }] : [];
  }, [allColumns, sort]);
  const paging: TablePagination = { pageIndex: (props.page ?? 1) - 1, pageSize: props.pageSize ?? 25 };
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table is the chosen table; this component is not memoized
  const table = useReactTable({
    data: rows,
    columns: allColumns,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    pageCount: props.pageCount ?? -1,
    rowCount: props.total,
    // One server sort at a time; a second click flips it (never back to "unsorted").
    enableMultiSort: false,
    enableSortingRemoval: false,
    enableRowSelection: !!bulkDelete,
    getRowCanExpand: () => !!renderDetails,
    state: { columnVisibility: visibility, rowSelection: selection, expanded, sorting, pagination: paging },
    onExpandedChange: setExpanded,
    onColumnVisibilityChange: setVisibility,
    onRowSelectionChange: setSelection,
    onSortingChange: (updater) => {
      const [next] = apply(updater, sorting);
      const key = next && allColumns.find((c) => c.id === next.id)?.meta?.sortKey;
      if (!key) return;
      setSelection({});
      void url.setState({ sort: next.desc ? `-${key}` : key, page: null, cursor: null });
    },
    onPaginationChange: (updater) => {
      const next = apply(updater, paging);
      const page = next.pageIndex + 1;
      setSelection({});
      if (next.pageSize !== paging.pageSize) return void url.setState({ size: next.pageSize, page: null, cursor: null });
      if (page === paging.pageIndex + 1) return;
      // ±1 carries the keyset cursor; any other page (a jump) is found without one.
      const cursor = page === paging.pageIndex + 2 ? props.cursors?.next : page === paging.pageIndex ? props.cursors?.prev : null;
      void url.setState({ page: page === 1 ? null : page, cursor: page === 1 ? null : (cursor ?? null) });
    },
  });
  const selected = table.getSelectedRowModel().rows.map((row) => row.original);
  const exportUrl = useMemo(() => {
    if (!exportHref) return null;
    const params = new URLSearchParams(searchParams.toString());
    ["page", "size"].forEach((key) => params.delete(key));
    const query = params.toString();
    return query ? `${exportHref}?${query}` : exportHref;
  }, [exportHref, searchParams]);

  const pagination: PaginationState = {
    page: paging.pageIndex + 1,
    pageCount: props.pageCount ?? null,
    pageSize: paging.pageSize,
    total: props.total ?? 0,
    totalIsEstimate: props.totalIsEstimate,
    hasNextPage: props.hasNextPage,
  };

  return (
    <ListTransition value={{ startTransition, pending }}>
    <div data-slot="data-table" className="min-w-0">
      {/* Filters take the whole row below lg; the table's own buttons then wrap under them. */}
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <div className="flex min-w-0 flex-1 basis-full flex-wrap items-end gap-3 lg:basis-0">{toolbar}</div>
        <div className="ml-auto flex flex-wrap items-center gap-2">
          {/* Always laid out (invisible with nothing selected), so selecting never moves the filters. */}
          {bulkDelete && (
            <Button variant="destructive" size="sm" className={cn(selected.length === 0 && "invisible")} onClick={() => setConfirming(selected)}>
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
          {hideableColumns(table).length > 0 && (
            <DataTableViewOptions
              table={table as TanStackTable<unknown>}
              trigger={
                // Below md rows are cards with fixed fields: the column choice is the table's.
                <Button variant="outline" size="sm" aria-haspopup="menu" className="max-md:hidden">
                  <Settings2Icon aria-hidden />
                  Columns
                </Button>
              }
            />
          )}
        </div>
      </div>
      {rows.length === 0 && empty ? (
        empty
      ) : (
        <>
          <DataTableCardBar table={table} noun={noun[0]} />
          <DataTableGrid table={table} pending={pending} renderDetails={renderDetails} data-testid={props["data-testid"]} />
          {pager ?? (
          <DataTablePagination
            state={pagination}
            noun={noun}
            selected={selected.length}
            onChange={({ page, size }) => (size ? table.setPageSize(size) : page !== undefined && table.setPageIndex(page - 1))}
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
    </ListTransition>
  );
}
