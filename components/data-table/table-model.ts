"use client";
// The data table's own small table model, in place of TanStack Table (issue 7: ~19 kB gzip of
// first-load JavaScript on every list page). The lists are server-paged, -sorted and -filtered, so
// a table needs only columns, visibility, row selection and expanded rows; the names follow
// TanStack's (column defs read the same: `id`, `header`, `cell({ row })`, `enableHiding`, `meta`).
import { useMemo, type ReactNode } from "react";

export type ColumnMeta = {
  /** Shown in the header, the column menu and the CSV's header row. */
  label?: string;
  /** The server's sort key for this column (`sort=<key>` / `sort=-<key>`); none = not sortable. */
  sortKey?: string;
  /** Dates: the first click sorts newest first. */
  sortDescFirst?: boolean;
  /** The column cannot be hidden (e.g. the name that links to the record). */
  alwaysVisible?: boolean;
  className?: string;
};

export type VisibilityState = Record<string, boolean>;
export type RowSelectionState = Record<string, boolean>;
export type ExpandedState = Record<string, boolean>;

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- TValue: TanStack's signature, kept so column files read the same
export type ColumnDef<TData, TValue = unknown> = {
  id: string;
  header?: (context: { table: Table<TData> }) => ReactNode;
  cell: (context: { row: Row<TData>; table: Table<TData> }) => ReactNode;
  /** false: always shown, not in the column menu. */
  enableHiding?: boolean;
  meta?: ColumnMeta;
};

export type Column<TData> = {
  id: string;
  columnDef: ColumnDef<TData>;
  getCanHide: () => boolean;
  getIsVisible: () => boolean;
  toggleVisibility: (visible: boolean) => void;
};

export type Row<TData> = {
  id: string;
  original: TData;
  getIsSelected: () => boolean;
  toggleSelected: (selected: boolean) => void;
  getIsExpanded: () => boolean;
  toggleExpanded: () => void;
};

export type Table<TData> = {
  rows: Row<TData>[];
  getAllLeafColumns: () => Column<TData>[];
  getVisibleColumns: () => Column<TData>[];
  getSelectedRows: () => TData[];
  getIsAllPageRowsSelected: () => boolean;
  getIsSomePageRowsSelected: () => boolean;
  toggleAllPageRowsSelected: (selected: boolean) => void;
};

type Options<TData> = {
  data: TData[];
  columns: ColumnDef<TData>[];
  getRowId: (row: TData) => string;
  visibility: VisibilityState;
  onVisibilityChange: (update: (old: VisibilityState) => VisibilityState) => void;
  selection: RowSelectionState;
  onSelectionChange: (next: RowSelectionState) => void;
  expanded: ExpandedState;
  onExpandedChange: (next: ExpandedState) => void;
};

export function useTable<TData>(o: Options<TData>): Table<TData> {
  const { data, columns, getRowId, visibility, onVisibilityChange, selection, onSelectionChange, expanded, onExpandedChange } = o;
  return useMemo(() => {
    const leaf: Column<TData>[] = columns.map((columnDef) => ({
      id: columnDef.id,
      columnDef,
      getCanHide: () => columnDef.enableHiding !== false,
      getIsVisible: () => visibility[columnDef.id] !== false,
      toggleVisibility: (visible: boolean) => onVisibilityChange((old) => ({ ...old, [columnDef.id]: visible })),
    }));
    const rows: Row<TData>[] = data.map((original) => {
      const id = getRowId(original);
      return {
        id,
        original,
        getIsSelected: () => !!selection[id],
        toggleSelected: (selected: boolean) => {
          const next = { ...selection };
          if (selected) next[id] = true;
          else delete next[id];
          onSelectionChange(next);
        },
        getIsExpanded: () => !!expanded[id],
        toggleExpanded: () => onExpandedChange({ ...expanded, [id]: !expanded[id] }),
      };
    });
    const selectedCount = rows.filter((row) => selection[row.id]).length;
    return {
      rows,
      getAllLeafColumns: () => leaf,
      getVisibleColumns: () => leaf.filter((column) => column.getIsVisible()),
      getSelectedRows: () => rows.filter((row) => selection[row.id]).map((row) => row.original),
      getIsAllPageRowsSelected: () => rows.length > 0 && selectedCount === rows.length,
      getIsSomePageRowsSelected: () => selectedCount > 0 && selectedCount < rows.length,
      toggleAllPageRowsSelected: (selected: boolean) => onSelectionChange(selected ? Object.fromEntries(rows.map((row) => [row.id, true])) : {}),
    };
  }, [data, columns, getRowId, visibility, onVisibilityChange, selection, onSelectionChange, expanded, onExpandedChange]);
}
