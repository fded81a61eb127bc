"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Link } from "@/components/ui/link";
import { guidColumn } from "@/components/data-table/row-columns";
import { expiresColumn } from "@/components/data-table/expires-column";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { WrapText } from "@/components/ui/wrap-text";
import type { IntegrationListRow } from "./integration-list-rows";

const SECRET_BADGE = {
  set: { label: "Set", variant: "success" },
  missing: { label: "Missing", variant: "warning" },
  none: { label: "None needed", variant: "outline" },
} as const;

/** The integrations list's columns for the shared data table (sort keys as in INTEGRATION_SORTS). */
export const integrationColumns: ColumnDef<IntegrationListRow, unknown>[] = [
  {
    id: "name",
    meta: { label: "Name", sortKey: "name", alwaysVisible: true, className: "min-w-40 max-w-xs whitespace-normal" },
    cell: ({ row }) => (
      <>
        <Link href={`/integrations/${row.original.guid}`} className="font-medium underline-offset-4 hover:underline">
          <WrapText>{row.original.name || "(unnamed)"}</WrapText>
        </Link>
        {row.original.description && <p className="line-clamp-1 text-xs break-all text-muted-foreground">{row.original.description}</p>}
      </>
    ),
  },
  guidColumn((r) => r.name || "integration"),
  {
    id: "tags",
    meta: { label: "Tags", card: "hidden", className: "min-w-28 max-w-[12rem] whitespace-normal" },
    cell: ({ row }) =>
      row.original.tags.length === 0 ? (
        <span className="text-muted-foreground">—</span>
      ) : (
        <span className="flex flex-wrap gap-1">
          {row.original.tags.map((tag) => (
            <Badge key={tag} variant="secondary" className="max-w-full whitespace-normal wrap-anywhere">
              {tag}
            </Badge>
          ))}
        </span>
      ),
  },
  { id: "template", meta: { label: "Template", sortKey: "template" }, cell: ({ row }) => row.original.templateName },
  { id: "authType", meta: { label: "Auth type", sortKey: "authType" }, cell: ({ row }) => <span className="whitespace-nowrap">{row.original.authType}</span> },
  {
    id: "secrets",
    // Sorted by when the secrets last changed (oldest first): the ones to rotate.
    meta: { label: "Secrets", sortKey: "secrets" },
    cell: ({ row }) => {
      const badge = SECRET_BADGE[row.original.secretState];
      const oldest = Object.values(row.original.secrets)
        .map((s) => s.updatedAt)
        .sort()[0];
      return (
        <span className="inline-flex flex-col items-start gap-0.5">
          <Badge variant={badge.variant}>{badge.label}</Badge>
          {oldest && (
            <span className="text-xs text-muted-foreground">
              changed <RelativeTime value={oldest} />
            </span>
          )}
        </span>
      );
    },
  },
  expiresColumn<IntegrationListRow>((row) => row.secretExpiresAt),
  { id: "content", meta: { label: "Used by", card: "hidden" }, cell: ({ row }) => (row.original.contentCount ? `${row.original.contentCount} content` : "—") },
  { id: "updated", meta: { label: "Updated", sortKey: "updated", sortDescFirst: true, card: "hidden" }, cell: ({ row }) => <RelativeTime value={row.original.updatedAt} /> },
];
