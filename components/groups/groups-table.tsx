"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Link } from "@/components/ui/link";
import { deleteGroupsAction } from "@/lib/actions/groups";
import { DataTable, type ServerListProps } from "@/components/data-table/data-table";
import { guidColumn } from "@/components/data-table/row-columns";
import { RelativeTime } from "@/components/ui/relative-time";
import type { GroupDto } from "@/lib/schemas/groups";

/** The Groups list's columns (sort keys as in GROUP_SORTS). */
export const groupColumns: ColumnDef<GroupDto, unknown>[] = [
  {
    id: "name",
    meta: { label: "Name", sortKey: "name", alwaysVisible: true, className: "min-w-40 max-w-sm whitespace-normal" },
    cell: ({ row }) => (
      <Link href={`/groups/${row.original.guid}`} className="font-medium break-all underline-offset-4 hover:underline">
        {row.original.name}
      </Link>
    ),
  },
  { id: "members", meta: { label: "Members" }, cell: ({ row }) => row.original.memberCount },
  guidColumn((r) => r.name),
  { id: "created", meta: { label: "Created" }, cell: ({ row }) => <RelativeTime value={row.original.createdAt} /> },
];

export function GroupsTable({ canDelete, ...props }: ServerListProps<GroupDto> & { canDelete: boolean }) {
  return (
    <DataTable
      {...props}
      data-testid="groups-table"
      tableId="groups"
      noun={["group", "groups"]}
      columns={groupColumns}
      getRowId={(row) => row.guid}
      rowLabel={(row) => row.name}
      bulkDelete={
        canDelete
          ? {
              describe: (row) => ({
                id: row.guid,
                name: row.name,
                consequence: row.memberCount ? `its ${row.memberCount} member${row.memberCount === 1 ? " leaves" : "s leave"} it; accounts stay` : "no members",
              }),
              run: (rows) => deleteGroupsAction({ items: rows.map((row) => ({ guid: row.guid, name: row.name })) }),
            }
          : undefined
      }
    />
  );
}
