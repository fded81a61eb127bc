"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Link } from "@/components/ui/link";
import { deleteOAuthProfilesAction } from "@/lib/actions/oauth-profiles";
import { DataTable, type ServerListProps } from "@/components/data-table/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { WrapText } from "@/components/ui/wrap-text";
import type { OAuthProfileDto } from "@/lib/schemas/oauth-profiles";
import { profileHref } from "./list-href";
import { AccessTokenExpiry, StateBadge } from "./token-state";

/** The OAuth profiles list's columns (sort keys as in OAUTH_PROFILE_SORTS); tokens only as facts. */
function profileColumns(showOwner: boolean): ColumnDef<OAuthProfileDto, unknown>[] {
  return [
    {
      id: "name",
      meta: { label: "Name", sortKey: "name", alwaysVisible: true, className: "min-w-40 max-w-xs whitespace-normal" },
      cell: ({ row }) => (
        <>
          <Link href={profileHref(row.original.id, showOwner ? row.original.owner.email : null)} className="font-medium underline-offset-4 hover:underline">
            <WrapText>{row.original.name}</WrapText>
          </Link>
          {row.original.description && <p className="line-clamp-1 text-xs break-all text-muted-foreground">{row.original.description}</p>}
        </>
      ),
    },
    { id: "app", meta: { label: "App", className: "min-w-32" }, cell: ({ row }) => <WrapText>{row.original.oauthAppName}</WrapText> },
    ...(showOwner ? [{ id: "owner", meta: { label: "Owner" }, cell: ({ row }) => <WrapText>{row.original.owner.email}</WrapText> } satisfies ColumnDef<OAuthProfileDto, unknown>] : []),
    { id: "state", meta: { label: "State" }, cell: ({ row }) => <StateBadge state={row.original.state} /> },
    { id: "accessToken", meta: { label: "Access token", card: "hidden" }, cell: ({ row }) => <AccessTokenExpiry profile={row.original} /> },
    {
      id: "lastRefreshed",
      meta: { label: "Last refreshed", card: "hidden" },
      cell: ({ row }) => (row.original.lastRefreshedAt ? <RelativeTime value={row.original.lastRefreshedAt} /> : <span className="text-muted-foreground">Never</span>),
    },
    { id: "created", meta: { label: "Created", sortKey: "created", sortDescFirst: true, card: "hidden" }, cell: ({ row }) => <RelativeTime value={row.original.createdAt} /> },
  ];
}
const COLUMNS = { mine: profileColumns(false), withOwner: profileColumns(true) };

export function OAuthProfilesTable({ showOwner, ...props }: ServerListProps<OAuthProfileDto> & { showOwner: boolean }) {
  return (
    <DataTable
      {...props}
      data-testid="oauth-profiles-table"
      tableId="oauth-profiles"
      noun={["OAuth profile", "OAuth profiles"]}
      columns={showOwner ? COLUMNS.withOwner : COLUMNS.mine}
      getRowId={(row) => String(row.id)}
      rowLabel={(row) => (showOwner ? `${row.name} (${row.owner.email})` : row.name)}
      defaultHidden={{ lastRefreshed: false }}
      bulkDelete={{
        describe: (row) => ({ id: String(row.id), name: showOwner ? `${row.name} (${row.owner.email})` : row.name, consequence: "its tokens are deleted with it" }),
        run: (rows) => deleteOAuthProfilesAction({ items: rows.map((row) => ({ id: row.id, version: row.version, owner: showOwner ? row.owner.email : "" })) }),
      }}
    />
  );
}
