"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Link } from "@/components/ui/link";
import { deleteAppsAction } from "@/lib/actions/apps";
import { DataTable, type ServerListProps } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import { WrapText } from "@/components/ui/wrap-text";
import type { AppDto } from "@/lib/schemas/apps";
import { AUTH_TYPE_LABELS } from "@/lib/schemas/auth-config-types";

type AppRow = AppDto & { connectionCount?: number };
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function appColumns(sortable: boolean): ColumnDef<AppRow, unknown>[] {
  return [
    {
      id: "name",
      meta: { label: "Name", sortKey: sortable ? "name" : undefined, alwaysVisible: true, className: "min-w-40 max-w-xs whitespace-normal" },
      cell: ({ row }) => (
        <Link href={`/apps/${row.original.id}`} className="font-medium break-words underline-offset-4 hover:underline">
          {row.original.name}
        </Link>
      ),
    },
    { id: "server", meta: { label: "Server", className: "min-w-40 max-w-xs whitespace-normal" }, cell: ({ row }) => <WrapText className="text-muted-foreground">{row.original.server.url}</WrapText> },
    {
      id: "authTypes",
      meta: { label: "Auth types" },
      cell: ({ row }) => (
        <div className="flex flex-wrap gap-1">
          {row.original.supportedAuthConfigs.map((c) => (
            <Badge key={c.type} variant={c.isValid ? "outline" : "warning"} title={c.isValid ? "Ready for connections" : "Incomplete: the app lacks settings this auth type needs (edit the app); no connection can use it until then"}>
              {AUTH_TYPE_LABELS[c.type]}
              {c.isValid ? "" : " (incomplete)"}
            </Badge>
          ))}
        </div>
      ),
    },
    ...(sortable ? [{ id: "connections", meta: { label: "Connections" }, cell: ({ row }) => row.original.connectionCount ?? 0 } satisfies ColumnDef<AppRow, unknown>] : []),
  ];
}
const OWN = appColumns(true);
const CATALOGUE = appColumns(false);

/** The organisation's own apps: sorted and paged by the server, deletable when nothing uses them. */
export function AppsTable({ canDelete, ...props }: ServerListProps<AppRow> & { canDelete: boolean }) {
  return (
    <DataTable
      {...props}
      data-testid="org-apps"
      tableId="apps"
      noun={["app", "apps"]}
      columns={OWN}
      getRowId={(row) => row.id}
      rowLabel={(row) => row.name}
      bulkDelete={
        canDelete
          ? {
              describe: (row) => ({
                id: row.id,
                name: row.name,
                usedBy: row.connectionCount ? plural(row.connectionCount, "connection", "connections") : undefined,
                consequence: "so it is kept until they are deleted",
              }),
              run: (rows) => deleteAppsAction({ items: rows.map((row) => ({ id: row.id, version: row.version })) }),
            }
          : undefined
      }
    />
  );
}

/** The public catalogue (shipped in code, a few dozen entries): one page, no selection. */
export function CatalogueTable({ rows }: { rows: AppDto[] }) {
  return (
    <DataTable
      rows={rows}
      data-testid="catalogue-apps"
      tableId="catalogue-apps"
      noun={["catalogue app", "catalogue apps"]}
      columns={CATALOGUE}
      getRowId={(row) => row.id}
      pager={
        <p className="mt-2 text-sm text-muted-foreground">
          {plural(rows.length, "catalogue app", "catalogue apps")}
        </p>
      }
    />
  );
}
