"use client";

import type { Column } from "@tanstack/react-table";
import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from "lucide-react";
import { cn } from "@/lib/utils";

/**
 * A header that sorts on the server: the column's `meta.sortKey` ("name" → `sort=name` /
 * `sort=-name`). TanStack's `toggleSorting` picks the direction: the first click sorts ascending,
 * or descending when `meta.sortDescFirst` (dates: newest first); the next click flips it. The
 * table turns the new sorting into the URL (./data-table.tsx).
 */
export function DataTableColumnHeader<TData>({ column, title }: { column: Column<TData, unknown>; title: string }) {
  if (!column.columnDef.meta?.sortKey) return <span>{title}</span>;
  const sorted = column.getIsSorted();
  const direction = sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined;
  const Icon = direction === "ascending" ? ArrowUpIcon : direction === "descending" ? ArrowDownIcon : ArrowUpDownIcon;
  return (
    <button
      type="button"
      onClick={() => column.toggleSorting()}
      className={cn("-ml-2 inline-flex items-center gap-1 rounded px-2 py-1 hover:bg-muted hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none", direction && "text-foreground")}
    >
      {title}
      <Icon className="size-3.5 opacity-60" aria-hidden />
      <span className="sr-only">{direction ? `, sorted ${direction}` : ", sort"}</span>
    </button>
  );
}
