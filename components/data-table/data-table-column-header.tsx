"use client";

import type { Column } from "./table-model";
import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from "lucide-react";
import { cn } from "@/lib/utils";

/**
 * A header that sorts on the server: the column's `meta.sortKey` ("name" → `sort=name` /
 * `sort=-name`). The first click sorts ascending, or descending when `meta.sortDescFirst`
 * (dates: newest first); the next click flips it.
 */
export function DataTableColumnHeader<TData>({
  column,
  title,
  sort,
  onSort,
}: {
  column: Column<TData>;
  title: string;
  sort: string;
  onSort: (sort: string) => void;
}) {
  const key = column.columnDef.meta?.sortKey;
  if (!key) return <span>{title}</span>;
  const direction = sort === key ? "ascending" : sort === `-${key}` ? "descending" : undefined;
  const first = column.columnDef.meta?.sortDescFirst ? `-${key}` : key;
  const next = direction === undefined ? first : direction === "ascending" ? `-${key}` : key;
  const Icon = direction === "ascending" ? ArrowUpIcon : direction === "descending" ? ArrowDownIcon : ArrowUpDownIcon;
  return (
    <button
      type="button"
      onClick={() => onSort(next)}
      className={cn("-ml-2 inline-flex items-center gap-1 rounded px-2 py-1 hover:bg-muted hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none", direction && "text-foreground")}
    >
      {title}
      <Icon className="size-3.5 opacity-60" aria-hidden />
      <span className="sr-only">{direction ? `, sorted ${direction}` : ", sort"}</span>
    </button>
  );
}
