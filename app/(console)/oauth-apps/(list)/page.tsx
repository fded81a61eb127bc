import { AppWindowIcon, PlusIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { DataTableFilters } from "@/components/data-table/data-table-filters";
import { expiresBeforeFilter } from "@/components/data-table/expires-column";
import { listProps } from "@/components/data-table/list-props";
import { NoMatches } from "@/components/data-table/no-matches";
import { OAuthAppsTable } from "@/components/oauth-apps/oauth-apps-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SECTION_HEADERS } from "@/components/shell/section-headers";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { DATA_STORES, oauthAppListQuerySchema } from "@/lib/schemas/oauth-apps";
import { firstValues } from "@/lib/search-params";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { searchOAuthApps } from "@/lib/server/oauth-apps/list-oauth-apps";

export const metadata = { title: "OAuth apps" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DATA_STORE_OPTIONS = DATA_STORES.map((d) => ({ value: String(d.id), label: d.label }));

export default async function OAuthAppsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const query = oauthAppListQuerySchema.parse(firstValues(await searchParams));
  const result = await searchOAuthApps(actor, query, await requestContext());
  const canWrite = can(actor.role, "oauthApp.write");
  const newButton = canWrite && (
    <Button asChild>
      <Link href="/oauth-apps/new">
        <PlusIcon aria-hidden />
        New OAuth app
      </Link>
    </Button>
  );
  const filtered = !!(query.q || query.dataStore || query.expiresBefore);

  return (
    <>
      <PageHeader {...SECTION_HEADERS.oauthApps} actions={newButton} />
      {result.total === 0 && !filtered ? (
        <EmptyState
          icon={<AppWindowIcon />}
          title="No OAuth apps yet"
          description={canWrite ? "Register your console with a provider (Salesforce, Google…) and add the app here, so users can connect their profiles." : "An administrator has not added any OAuth apps yet."}
          action={newButton}
        />
      ) : (
        <OAuthAppsTable
          {...listProps(result)}
          sort={query.sort}
          canDelete={canWrite}
          toolbar={
            <DataTableFilters
              label="OAuth apps"
              id="oauth-app"
              search={{ placeholder: "Name or description" }}
              selects={[{ key: "dataStore", label: "Data store", any: "All data stores", options: DATA_STORE_OPTIONS, width: "w-52" }, expiresBeforeFilter()]}
            />
          }
          empty={<NoMatches icon={<AppWindowIcon />} noun="OAuth apps" total={result.total} href="/oauth-apps" />}
        />
      )}
    </>
  );
}
