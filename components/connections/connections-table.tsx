"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Link } from "@/components/ui/link";
import { deleteConnectionsAction } from "@/lib/actions/connections";
import { DataTable, type ServerListProps } from "@/components/data-table/data-table";
import { expiresColumn } from "@/components/data-table/expires-column";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { AUTH_TYPE_LABELS } from "@/lib/schemas/auth-config-types";
import type { ConnectionDto } from "@/lib/schemas/connections";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The connections list's columns (sort keys as in CONNECTION_LIST_SORTS); secrets never, not even their status: only when the API key, password or secret expires. */
export const connectionColumns: ColumnDef<ConnectionDto, unknown>[] = [
  {
    id: "name",
    meta: { label: "Name", sortKey: "name", alwaysVisible: true, className: "min-w-40 max-w-xs whitespace-normal" },
    cell: ({ row }) => (
      <Link href={`/connections/${row.original.id}`} className="font-medium break-words underline-offset-4 hover:underline">
        {row.original.name}
      </Link>
    ),
  },
  { id: "app", meta: { label: "App" }, cell: ({ row }) => <span className="break-words">{row.original.app?.name ?? row.original.appId}</span> },
  {
    id: "authType",
    meta: { label: "Auth type", sortKey: "authType" },
    cell: ({ row }) => (
      <span className="inline-flex flex-wrap gap-1">
        <Badge variant="outline">{AUTH_TYPE_LABELS[row.original.authType as keyof typeof AUTH_TYPE_LABELS] ?? row.original.authType}</Badge>
        {row.original.token?.state === "needs_reauthorization" && <Badge variant="warning">Reconnect</Badge>}
      </span>
    ),
  },
  expiresColumn<ConnectionDto>((connection) => connection.secretExpiresAt),
  { id: "boards", meta: { label: "Boards", card: "hidden" }, cell: ({ row }) => row.original.usedByBoards.length },
  { id: "created", meta: { label: "Created", sortKey: "created", sortDescFirst: true, card: "hidden" }, cell: ({ row }) => <RelativeTime value={row.original.createdAt} /> },
  { id: "updated", meta: { label: "Updated", sortKey: "updated", sortDescFirst: true }, cell: ({ row }) => <RelativeTime value={row.original.updatedAt} /> },
];

export function ConnectionsTable({ canDelete, ...props }: ServerListProps<ConnectionDto> & { canDelete: boolean }) {
  return (
    <DataTable
      {...props}
      data-testid="connections-table"
      tableId="connections"
      noun={["connection", "connections"]}
      columns={connectionColumns}
      getRowId={(row) => row.id}
      rowLabel={(row) => row.name}
      defaultHidden={{ created: false }}
      exportHref="/connections/export"
      bulkDelete={
        canDelete
          ? {
              describe: (row) => ({
                id: row.id,
                name: row.name,
                usedBy: row.usedByBoards.length ? `${plural(row.usedByBoards.length, "board", "boards")} (${row.usedByBoards.map((b) => b.name).join(", ")})` : undefined,
                consequence: "which will be unpublished",
              }),
              run: (rows) => deleteConnectionsAction({ items: rows.map((row) => ({ id: row.id, version: row.version })) }),
            }
          : undefined
      }
    />
  );
}
