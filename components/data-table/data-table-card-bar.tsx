"use client";
// Below `md` the table's header row is not drawn (rows are cards): its two jobs, sorting and
// "select every row on this page", move to this bar.
import type { Table as TanStackTable } from "@tanstack/react-table";
import { useId } from "react";
import { Label } from "@/components/ui/label";
import { LazySelect } from "@/components/ui/lazy-select";
import { Checkbox } from "@/components/ui/checkbox";

export function DataTableCardBar<TData>({ table, noun }: { table: TanStackTable<TData>; noun: string }) {
  const sortId = useId();
  const sortable = table.getAllLeafColumns().filter((column) => column.columnDef.meta?.sortKey && column.columnDef.meta.label);
  const selectable = table.options.enableRowSelection === true;
  if (sortable.length === 0 && !selectable) return null;
  const [current] = table.getState().sorting;
  const value = current ? `${current.id}:${current.desc ? "desc" : "asc"}` : "";
  const options = sortable.flatMap((column) => {
    const { label, sortDescFirst } = column.columnDef.meta!;
    const directions = sortDescFirst ? (["desc", "asc"] as const) : (["asc", "desc"] as const);
    return directions.map((direction) => ({
      value: `${column.id}:${direction}`,
      label: `${label}, ${sortDescFirst ? (direction === "desc" ? "newest first" : "oldest first") : direction === "asc" ? "ascending" : "descending"}`,
    }));
  });
  return (
    <div data-slot="data-table-card-bar" className="mb-2 flex flex-wrap items-center justify-between gap-3 md:hidden">
      {selectable ? (
        <label className="flex items-center gap-2 text-sm">
          <Checkbox
            aria-label={`Select every ${noun} on this page`}
            checked={table.getIsAllPageRowsSelected() || (table.getIsSomePageRowsSelected() && "indeterminate")}
            onCheckedChange={(checked) => table.toggleAllPageRowsSelected(checked)}
          />
          <span aria-hidden>Select all</span>
        </label>
      ) : (
        <span />
      )}
      {sortable.length > 0 && (
        <div className="flex items-center gap-2">
          <Label htmlFor={sortId} className="shrink-0">
            Sort by
          </Label>
          <LazySelect
            id={sortId}
            size="sm"
            className="w-56 max-w-[60vw]"
            value={value || options[0].value}
            options={options}
            onValueChange={(next) => {
              const [id, direction] = next.split(":");
              table.setSorting([{ id, desc: direction === "desc" }]);
            }}
          />
        </div>
      )}
    </div>
  );
}
