import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { IntegrationDto, IntegrationListQuery } from "@/lib/schemas/integrations";
import { getTemplate } from "@/lib/templates/registry";
import { formatDateTime, formatRelative } from "@/lib/format";
import { listHref } from "./list-href";
import { secretFieldStatuses, secretSummary } from "./secret-fields";

type SortKey = "name" | "template" | "updated";

function SortableHead({ query, column, children }: { query: IntegrationListQuery; column: SortKey; children: ReactNode }) {
  const direction = query.sort === column ? "ascending" : query.sort === `-${column}` ? "descending" : undefined;
  // First click sorts ascending (newest first for "updated"), the next click flips it.
  const first = column === "updated" ? (`-${column}` as const) : column;
  const next = direction === undefined ? first : direction === "ascending" ? (`-${column}` as const) : column;
  const Icon = direction === "ascending" ? ArrowUpIcon : direction === "descending" ? ArrowDownIcon : ArrowUpDownIcon;
  return (
    <TableHead aria-sort={direction ?? "none"}>
      <Link href={listHref(query, { sort: next, page: 1 })} className="inline-flex items-center gap-1 hover:text-foreground">
        {children}
        <Icon className="size-3.5 opacity-60" aria-hidden />
        <span className="sr-only">{direction ? `, sorted ${direction}` : ", sort"}</span>
      </Link>
    </TableHead>
  );
}

const SECRET_BADGE = {
  set: { label: "Set", variant: "success" },
  missing: { label: "Missing", variant: "warning" },
  none: { label: "None needed", variant: "outline" },
} as const;

export function IntegrationsTable({ items, query }: { items: IntegrationDto[]; query: IntegrationListQuery }) {
  return (
    <Table data-testid="integrations-table">
      <TableHeader>
        <TableRow>
          <SortableHead query={query} column="name">
            Name
          </SortableHead>
          <SortableHead query={query} column="template">
            Template
          </SortableHead>
          <TableHead>Auth type</TableHead>
          <TableHead>Secrets</TableHead>
          <SortableHead query={query} column="updated">
            Updated
          </SortableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => {
          const badge = SECRET_BADGE[secretSummary(secretFieldStatuses(item))];
          return (
            <TableRow key={item.guid}>
              <TableCell className="max-w-sm">
                <Link href={`/integrations/${item.guid}`} className="font-medium underline-offset-4 hover:underline">
                  {item.name || "(unnamed)"}
                </Link>
                {item.description && <p className="truncate text-xs text-muted-foreground">{item.description}</p>}
              </TableCell>
              <TableCell>{getTemplate(item.template)?.name ?? item.template}</TableCell>
              <TableCell>{item.authType}</TableCell>
              <TableCell>
                <Badge variant={badge.variant}>{badge.label}</Badge>
              </TableCell>
              <TableCell>
                <time dateTime={item.updatedAt} title={formatDateTime(item.updatedAt)} className="whitespace-nowrap">
                  {formatRelative(item.updatedAt)}
                </time>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
