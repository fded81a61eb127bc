"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Link } from "@/components/ui/link";
import { deleteBoardsAction } from "@/lib/actions/boards";
import { DataTable, type ServerListProps } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import type { BoardDto } from "@/lib/schemas/boards";

/** The boards list's columns (sort keys as in BOARD_LIST_SORTS). */
export const boardColumns: ColumnDef<BoardDto, unknown>[] = [
  { id: "name", meta: { label: "Name", sortKey: "name", alwaysVisible: true, className: "min-w-40 max-w-xs whitespace-normal" }, cell: ({ row }) => <span className="font-medium break-words">{row.original.name}</span> },
  { id: "status", meta: { label: "Status" }, cell: ({ row }) => <Badge variant={row.original.status === "published" ? "success" : "outline"}>{row.original.status}</Badge> },
  {
    id: "connections",
    meta: { label: "Connections", className: "min-w-40 max-w-sm whitespace-normal" },
    cell: ({ row }) =>
      row.original.connections.length === 0 ? (
        <span className="text-muted-foreground">None</span>
      ) : (
        <span className="break-words">
          {row.original.connections.map((c, i) => (
            <span key={c.id}>
              {i > 0 && ", "}
              <Link className="underline-offset-4 hover:underline" href={`/connections/${c.id}`}>
                {c.name}
              </Link>
            </span>
          ))}
        </span>
      ),
  },
  { id: "created", meta: { label: "Created", sortKey: "created", sortDescFirst: true, card: "hidden" }, cell: ({ row }) => <RelativeTime value={row.original.createdAt} /> },
  { id: "updated", meta: { label: "Updated" }, cell: ({ row }) => <RelativeTime value={row.original.updatedAt} /> },
];

export function BoardsTable({ canDelete, ...props }: ServerListProps<BoardDto> & { canDelete: boolean }) {
  return (
    <DataTable
      {...props}
      data-testid="boards-table"
      tableId="boards"
      noun={["board", "boards"]}
      columns={boardColumns}
      getRowId={(row) => row.id}
      rowLabel={(row) => row.name}
      defaultHidden={{ created: false }}
      bulkDelete={
        canDelete
          ? {
              describe: (row) => ({ id: row.id, name: row.name, consequence: row.status === "published" ? "published: its flows stop" : undefined }),
              run: (rows) => deleteBoardsAction({ items: rows.map((row) => ({ id: row.id, version: row.version })) }),
            }
          : undefined
      }
    />
  );
}
