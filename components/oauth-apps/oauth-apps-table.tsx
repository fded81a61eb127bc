import Link from "next/link";
import { SortLink } from "@/components/oauth-profiles/sort-link";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime, formatRelative } from "@/lib/format";
import type { OAuthAppDto, OAuthAppListQuery } from "@/lib/schemas/oauth-apps";
import { oauthAppsHref } from "./list-href";

export function OAuthAppsTable({ items, query }: { items: OAuthAppDto[]; query: OAuthAppListQuery }) {
  const href = (sort: OAuthAppListQuery["sort"]) => oauthAppsHref(query, { sort, after: "" });
  return (
    <Table data-testid="oauth-apps-table">
      <TableHeader>
        <TableRow>
          <SortLink label="Name" sort={query.sort} column="name" href={href} />
          <TableHead>Data store</TableHead>
          <TableHead className="hidden md:table-cell">Client ID</TableHead>
          <TableHead>Profiles</TableHead>
          <TableHead>Client secret</TableHead>
          <SortLink label="Created" sort={query.sort} column="created" href={href} firstDescending />
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((app) => (
          <TableRow key={app.id}>
            <TableCell className="max-w-xs">
              <Link href={`/oauth-apps/${app.id}`} className="font-medium break-all underline-offset-4 hover:underline">
                {app.name}
              </Link>
              {app.description && <p className="truncate text-xs text-muted-foreground">{app.description}</p>}
            </TableCell>
            <TableCell>{app.dataStoreName}</TableCell>
            <TableCell className="hidden max-w-[12rem] truncate font-mono text-xs md:table-cell">{app.clientId}</TableCell>
            <TableCell>{app.profileCount}</TableCell>
            <TableCell>
              <Badge variant={app.clientSecretSet ? "success" : "warning"}>{app.clientSecretSet ? "Set" : "Missing"}</Badge>
            </TableCell>
            <TableCell>
              <time dateTime={app.createdAt} title={formatDateTime(app.createdAt)} className="whitespace-nowrap">
                {formatRelative(app.createdAt)}
              </time>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
