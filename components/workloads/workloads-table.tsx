"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Link } from "@/components/ui/link";
import { DataTable, type ServerListProps } from "@/components/data-table/data-table";
import { guidColumn } from "@/components/data-table/row-columns";
import { RelativeTime } from "@/components/ui/relative-time";
import type { WorkloadDto } from "@/lib/schemas/content";

/** The Workloads list's columns (sort keys as in WORKLOAD_SORTS). */
export const workloadColumns: ColumnDef<WorkloadDto, unknown>[] = [
  {
    id: "name",
    meta: { label: "Name", sortKey: "name", alwaysVisible: true, className: "min-w-40 max-w-sm whitespace-normal" },
    cell: ({ row }) => (
      <span className="grid">
        <Link href={`/workloads/${row.original.guid}`} className="font-medium wrap-anywhere underline-offset-4 hover:underline">
          {row.original.name}
        </Link>
        {row.original.title && <span className="text-xs text-muted-foreground wrap-anywhere">{row.original.title}</span>}
      </span>
    ),
  },
  { id: "owner", meta: { label: "Owner", className: "max-w-60 whitespace-normal wrap-anywhere" }, cell: ({ row }) => row.original.ownerEmail ?? "—" },
  guidColumn((r) => r.name),
  { id: "created", meta: { label: "Created", sortKey: "created" }, cell: ({ row }) => <RelativeTime value={row.original.createdAt} /> },
];

export function WorkloadsTable(props: ServerListProps<WorkloadDto>) {
  return (
    <DataTable
      {...props}
      data-testid="workloads-table"
      tableId="workloads"
      noun={["workload", "workloads"]}
      columns={workloadColumns}
      getRowId={(row) => row.guid}
      rowLabel={(row) => row.name}
    />
  );
}
