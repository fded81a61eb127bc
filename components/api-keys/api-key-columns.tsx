"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { RelativeTime } from "@/components/ui/relative-time";
import { formatDate, formatDateTime } from "@/lib/format";
import type { ApiKeyDto } from "@/lib/schemas/api-keys";
import { apiKeyStatus, type ApiKeyStatus } from "./api-key-status";
import { RevokeApiKeyDialog } from "./popups";

const STATUS_VARIANT: Record<ApiKeyStatus, BadgeProps["variant"]> = { active: "success", expired: "warning", revoked: "secondary" };

const Day = ({ iso, empty }: { iso: string | null; empty: string }) =>
  iso ? (
    <time dateTime={iso} title={formatDateTime(iso)} className="whitespace-nowrap">
      {formatDate(iso)}
    </time>
  ) : (
    <span className="text-muted-foreground">{empty}</span>
  );

/** Only the prefix of a key is ever shown. */
export const apiKeyColumns: ColumnDef<ApiKeyDto, unknown>[] = [
  { id: "name", meta: { label: "Name", sortKey: "name", alwaysVisible: true }, cell: ({ row }) => <span className="font-medium break-words">{row.original.name}</span> },
  { id: "key", meta: { label: "Key" }, cell: ({ row }) => <code className="font-mono text-xs">{row.original.prefix}…</code> },
  { id: "created", meta: { label: "Created", sortKey: "created", sortDescFirst: true, card: "hidden" }, cell: ({ row }) => <Day iso={row.original.createdAt} empty="—" /> },
  {
    id: "lastUsed",
    meta: { label: "Last used", sortKey: "lastUsed", sortDescFirst: true },
    cell: ({ row }) => (row.original.lastUsedAt ? <RelativeTime value={row.original.lastUsedAt} /> : <span className="text-muted-foreground">Never</span>),
  },
  { id: "expires", meta: { label: "Expires", sortKey: "expires", card: "hidden" }, cell: ({ row }) => <Day iso={row.original.expiresAt} empty="Never" /> },
  {
    id: "status",
    meta: { label: "Status" },
    cell: ({ row }) => {
      const status = apiKeyStatus(row.original);
      return <Badge variant={STATUS_VARIANT[status]}>{status}</Badge>;
    },
  },
  {
    id: "actions",
    enableHiding: false,
    header: () => <span className="sr-only">Actions</span>,
    meta: { className: "text-right" },
    cell: ({ row }) =>
      apiKeyStatus(row.original) !== "revoked" && (
        <RevokeApiKeyDialog
          apiKey={row.original}
          trigger={
            <Button variant="outline" size="sm" aria-label={`Revoke ${row.original.name}`} aria-haspopup="dialog">
              Revoke
            </Button>
          }
        />
      ),
  },
];
