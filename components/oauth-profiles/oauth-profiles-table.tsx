import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime, formatRelative } from "@/lib/format";
import type { OAuthProfileDto, OAuthProfileListQuery } from "@/lib/schemas/oauth-profiles";
import { oauthProfilesHref, profileHref } from "./list-href";
import { SortLink } from "./sort-link";
import { AccessTokenExpiry, StateBadge } from "./token-state";

export function OAuthProfilesTable({ items, query, showOwner }: { items: OAuthProfileDto[]; query: OAuthProfileListQuery; showOwner: boolean }) {
  const href = (sort: OAuthProfileListQuery["sort"]) => oauthProfilesHref(query, { sort, after: "" });
  return (
    <Table data-testid="oauth-profiles-table">
      <TableHeader>
        <TableRow>
          <SortLink label="Name" sort={query.sort} column="name" href={href} />
          <TableHead>App</TableHead>
          {showOwner && <TableHead>Owner</TableHead>}
          <TableHead>State</TableHead>
          <TableHead className="hidden md:table-cell">Access token</TableHead>
          <TableHead className="hidden lg:table-cell">Last refreshed</TableHead>
          <SortLink label="Created" sort={query.sort} column="created" href={href} firstDescending />
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((profile) => (
          <TableRow key={profile.id}>
            <TableCell className="max-w-xs">
              <Link href={profileHref(profile.id, showOwner ? profile.owner.email : null)} className="font-medium break-all underline-offset-4 hover:underline">
                {profile.name}
              </Link>
              {profile.description && <p className="truncate text-xs text-muted-foreground">{profile.description}</p>}
            </TableCell>
            <TableCell className="break-all">{profile.oauthAppName}</TableCell>
            {showOwner && <TableCell className="break-all">{profile.owner.email}</TableCell>}
            <TableCell>
              <StateBadge state={profile.state} />
            </TableCell>
            <TableCell className="hidden md:table-cell">
              <AccessTokenExpiry profile={profile} />
            </TableCell>
            <TableCell className="hidden lg:table-cell">
              {profile.lastRefreshedAt ? (
                <time dateTime={profile.lastRefreshedAt} title={formatDateTime(profile.lastRefreshedAt)}>
                  {formatRelative(profile.lastRefreshedAt)}
                </time>
              ) : (
                <span className="text-muted-foreground">Never</span>
              )}
            </TableCell>
            <TableCell>
              <time dateTime={profile.createdAt} title={formatDateTime(profile.createdAt)} className="whitespace-nowrap">
                {formatRelative(profile.createdAt)}
              </time>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
