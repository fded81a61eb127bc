"use client";

import type { Table } from "@tanstack/react-table";
import { Settings2Icon } from "lucide-react";
import { lazy, type ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { LazyPopup, useLazyPopup } from "@/components/ui/lazy-popup";

const load = () => import("./data-table-view-options-open");
const DataTableViewOptionsOpen = lazy(load);

export const hideableColumns = <TData,>(table: Table<TData>) =>
  table.getAllLeafColumns().filter((column) => column.getCanHide() && !column.columnDef.meta?.alwaysVisible);

export function ColumnsButton(props: ComponentProps<typeof Button>) {
  return (
    <Button variant="outline" size="sm" aria-haspopup="menu" {...props}>
      <Settings2Icon aria-hidden />
      Columns
    </Button>
  );
}

/**
 * Show or hide columns; the table remembers the choice (localStorage, per table). The menu
 * (Radix) loads on first use (components/ui/lazy-popup.tsx).
 */
export function DataTableViewOptions<TData>({ table }: { table: Table<TData> }) {
  const { active, triggerProps } = useLazyPopup(load);
  if (hideableColumns(table).length === 0) return null;
  return (
    <LazyPopup active={active} trigger={<ColumnsButton aria-expanded={false} {...triggerProps} />}>
      <DataTableViewOptionsOpen table={table as Table<unknown>} />
    </LazyPopup>
  );
}
