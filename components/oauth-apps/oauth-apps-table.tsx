"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Link } from "@/components/ui/link";
import { deleteOAuthAppsAction } from "@/lib/actions/oauth-apps";
import { DataTable, type ServerListProps } from "@/components/data-table/data-table";
import { expiresColumn } from "@/components/data-table/expires-column";
import { Badge } from "@/components/ui/badge";
import { CopyButton } from "@/components/ui/copy-button";
import { RelativeTime } from "@/components/ui/relative-time";
import { WrapText } from "@/components/ui/wrap-text";
import type { OAuthAppDto } from "@/lib/schemas/oauth-apps";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The OAuth apps list's columns (sort keys as in OAUTH_APP_SORTS). The client secret is only ever "Set"/"Missing", and when it expires. */
export const oauthAppColumns: ColumnDef<OAuthAppDto, unknown>[] = [
  {
    id: "name",
    meta: { label: "Name", sortKey: "name", alwaysVisible: true, className: "min-w-40 max-w-xs whitespace-normal" },
    cell: ({ row }) => (
      <>
        <Link href={`/oauth-apps/${row.original.id}`} className="font-medium underline-offset-4 hover:underline">
          <WrapText>{row.original.name}</WrapText>
        </Link>
        {row.original.description && <p className="line-clamp-1 text-xs break-all text-muted-foreground">{row.original.description}</p>}
      </>
    ),
  },
  { id: "dataStore", meta: { label: "Data store", sortKey: "dataStore" }, cell: ({ row }) => row.original.dataStoreName },
  {
    id: "clientId",
    meta: { label: "Client ID", card: "hidden", className: "max-w-[14rem]" },
    cell: ({ row }) => (
      <span className="inline-flex max-w-full items-center gap-1">
        <code className="truncate font-mono text-xs" title={row.original.clientId}>
          {row.original.clientId}
        </code>
        <CopyButton value={row.original.clientId} label={`client ID of ${row.original.name}`} />
      </span>
    ),
  },
  { id: "profiles", meta: { label: "Profiles" }, cell: ({ row }) => row.original.profileCount },
  {
    id: "clientSecret",
    meta: { label: "Client secret" },
    cell: ({ row }) => <Badge variant={row.original.clientSecretSet ? "success" : "warning"}>{row.original.clientSecretSet ? "Set" : "Missing"}</Badge>,
  },
  expiresColumn<OAuthAppDto>((app) => app.clientSecretExpiresAt),
  { id: "created", meta: { label: "Created", sortKey: "created", sortDescFirst: true, card: "hidden" }, cell: ({ row }) => <RelativeTime value={row.original.createdAt} /> },
];

export function OAuthAppsTable({ canDelete, ...props }: ServerListProps<OAuthAppDto> & { canDelete: boolean }) {
  return (
    <DataTable
      {...props}
      data-testid="oauth-apps-table"
      tableId="oauth-apps"
      noun={["OAuth app", "OAuth apps"]}
      columns={oauthAppColumns}
      getRowId={(row) => String(row.id)}
      rowLabel={(row) => row.name}
      exportHref="/oauth-apps/export"
      bulkDelete={
        canDelete
          ? {
              describe: (row) => ({
                id: String(row.id),
                name: row.name,
                usedBy: row.profileCount ? plural(row.profileCount, "OAuth profile", "OAuth profiles") : undefined,
                consequence: "deleted with it, tokens and all",
              }),
              run: (rows) => deleteOAuthAppsAction({ items: rows.map((row) => ({ id: row.id, version: row.version })) }),
            }
          : undefined
      }
    />
  );
}
