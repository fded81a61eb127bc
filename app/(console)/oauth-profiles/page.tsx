import { PlusIcon, UserRoundKeyIcon } from "lucide-react";
import Link from "next/link";
import { firstValues } from "@/components/integrations/list-href";
import { oauthProfilesHref } from "@/components/oauth-profiles/list-href";
import { ListSearch } from "@/components/oauth-profiles/list-search";
import { OAuthProfilesTable } from "@/components/oauth-profiles/oauth-profiles-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { oauthProfileListQuerySchema } from "@/lib/schemas/oauth-profiles";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { searchOAuthProfiles } from "@/lib/server/oauth-profiles/list-oauth-profiles";
import { cn } from "@/lib/utils";

export const metadata = { title: "OAuth profiles" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Everyone sees their own profiles; admins may also look at everyone's, or one member's.
export default async function OAuthProfilesPage({ searchParams }: Props) {
  const actor = await requireActor();
  const isAdmin = can(actor.role, "oauthProfile.actForUser");
  const parsed = oauthProfileListQuerySchema.parse(firstValues(await searchParams));
  const query = isAdmin ? parsed : { ...parsed, owner: "" };
  const result = await searchOAuthProfiles(actor, query, await requestContext());
  const narrowed = !!(query.q || query.after || query.app);
  const showOwner = isAdmin && query.owner !== "";
  const newButton = (
    <Button asChild>
      <Link href="/oauth-profiles/new">
        <PlusIcon aria-hidden />
        New profile
      </Link>
    </Button>
  );

  return (
    <>
      <PageHeader title="OAuth profiles" description="Your tokens for the organisation's OAuth apps (Progress HDP's OAuth profiles). Tokens are stored encrypted and never shown." actions={newButton} />
      {isAdmin && (
        <nav aria-label="Owner" className="mb-3 flex flex-wrap gap-1 text-sm">
          {[
            ["", "Mine"],
            ["all", "All users"],
          ].map(([owner, label]) => (
            <Link
              key={owner}
              href={oauthProfilesHref(query, { owner, after: "" })}
              aria-current={query.owner === owner ? "page" : undefined}
              className={cn("rounded-md px-3 py-1.5 hover:bg-accent", query.owner === owner && "bg-accent font-medium")}
            >
              {label}
            </Link>
          ))}
          {query.owner && query.owner !== "all" && <span className="rounded-md bg-accent px-3 py-1.5 font-medium">{query.owner}</span>}
        </nav>
      )}
      <ListSearch action="/oauth-profiles" q={query.q} label="Search profiles" hidden={{ sort: query.sort === "name" ? "" : query.sort, app: query.app ? String(query.app) : ""}}>
        {isAdmin && (
          <label className="flex flex-col gap-1 text-sm">
            <span className="sr-only">Owner (email, or all)</span>
            <Input name="owner" defaultValue={query.owner} placeholder="Owner email, or all" className="w-56" />
          </label>
        )}
      </ListSearch>
      {result.items.length > 0 ? (
        <>
          <OAuthProfilesTable items={result.items} query={query} showOwner={showOwner} />
          <nav aria-label="Pages" className="mt-4 flex gap-2">
            {query.after && (
              <Button asChild variant="outline" size="sm">
                <Link href={oauthProfilesHref(query, { after: "" })}>First page</Link>
              </Button>
            )}
            {result.next && (
              <Button asChild variant="outline" size="sm">
                <Link href={oauthProfilesHref(query, { after: result.next })}>Next page</Link>
              </Button>
            )}
          </nav>
        </>
      ) : narrowed ? (
        <EmptyState
          icon={<UserRoundKeyIcon />}
          title="No profiles match"
          description="Try another search or filter."
          action={
            <Button asChild variant="outline">
              <Link href={oauthProfilesHref({ ...query, q: "", app: undefined, after: "" })}>Clear search</Link>
            </Button>
          }
        />
      ) : (
        <EmptyState
          icon={<UserRoundKeyIcon />}
          title={showOwner ? "No profiles here" : "No OAuth profiles yet"}
          description={showOwner ? "Nobody in this view has an OAuth profile yet." : "Connect with one of the organisation's OAuth apps in your browser, or paste tokens you already have."}
          action={newButton}
        />
      )}
    </>
  );
}
