import { PlusIcon, UserRoundKeyIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { DataTableFilters, type SelectFilter } from "@/components/data-table/data-table-filters";
import { listProps } from "@/components/data-table/list-props";
import { NoMatches } from "@/components/data-table/no-matches";
import { OAuthProfilesTable } from "@/components/oauth-profiles/oauth-profiles-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SECTION_HEADERS } from "@/components/shell/section-headers";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { oauthProfileListQuerySchema } from "@/lib/schemas/oauth-profiles";
import { firstValues } from "@/lib/search-params";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { listOAuthAppChoices } from "@/lib/server/oauth-apps/list-oauth-app-choices";
import { searchOAuthProfiles } from "@/lib/server/oauth-profiles/list-oauth-profiles";

export const metadata = { title: "OAuth profiles" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Everyone sees their own profiles; admins may also look at everyone's, or one member's.
export default async function OAuthProfilesPage({ searchParams }: Props) {
  const actor = await requireActor();
  const isAdmin = can(actor.role, "oauthProfile.actForUser");
  const parsed = oauthProfileListQuerySchema.parse(firstValues(await searchParams));
  const query = isAdmin ? parsed : { ...parsed, owner: "" };
  const context = await requestContext();
  const [result, apps] = await Promise.all([searchOAuthProfiles(actor, query, context), listOAuthAppChoices(actor, context)]);
  const filtered = !!(query.q || query.app || query.owner);
  const showOwner = isAdmin && query.owner !== "";
  const newButton = (
    <Button asChild>
      <Link href="/oauth-profiles/new">
        <PlusIcon aria-hidden />
        New profile
      </Link>
    </Button>
  );
  const selects: SelectFilter[] = [
    ...(isAdmin ? [{ key: "owner", label: "Owner", any: "Mine", options: [{ value: "all", label: "All users" }], width: "w-48" }] : []),
    { key: "app", label: "OAuth app", any: "All apps", options: apps.map((a) => ({ value: String(a.id), label: a.name })), width: "w-48" },
  ];

  return (
    <>
      <PageHeader {...SECTION_HEADERS.oauthProfiles} actions={newButton} />
      {result.total === 0 && !filtered ? (
        <EmptyState
          icon={<UserRoundKeyIcon />}
          title="No OAuth profiles yet"
          description="Connect with one of the organisation's OAuth apps in your browser, or paste tokens you already have."
          action={newButton}
        />
      ) : (
        <OAuthProfilesTable
          {...listProps(result)}
          sort={query.sort}
          showOwner={showOwner}
          toolbar={<DataTableFilters label="OAuth profiles" id="oauth-profile" search={{ placeholder: "Name or description" }} selects={selects} />}
          empty={<NoMatches icon={<UserRoundKeyIcon />} noun="profiles" total={result.total} href="/oauth-profiles" showAll="Show my profiles" />}
        />
      )}
    </>
  );
}
