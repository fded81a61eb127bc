import { AppWindowIcon, PlusIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { AppsTable, CatalogueTable } from "@/components/apps/apps-table";
import { DataTableFilters } from "@/components/data-table/data-table-filters";
import { listProps } from "@/components/data-table/list-props";
import { NoMatches } from "@/components/data-table/no-matches";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SECTION_HEADERS } from "@/components/shell/section-headers";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { appListQuerySchema } from "@/lib/schemas/apps";
import { firstValues } from "@/lib/search-params";
import { listPublicApps } from "@/lib/server/apps/list-apps";
import { searchApps } from "@/lib/server/apps/search-apps";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";

export const metadata = { title: "Apps" };
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AppsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const query = appListQuerySchema.parse(firstValues(await searchParams));
  const own = await searchApps(actor, query, await requestContext());
  const catalogue = listPublicApps({ first: 100 });
  const canWrite = can(actor.role, "app.write");
  const newButton = canWrite && (
    <Button asChild>
      <Link href="/apps/new">
        <PlusIcon aria-hidden />
        New app
      </Link>
    </Button>
  );
  return (
    <>
      <PageHeader {...SECTION_HEADERS.apps} actions={newButton} />
      <h2 className="mb-2 font-medium">This organisation&apos;s apps</h2>
      {own.total === 0 && !query.q ? (
        <EmptyState icon={<AppWindowIcon />} title="No apps of your own yet" description={canWrite ? "Create one to connect with your own OAuth client or API." : "An administrator has not created any app yet."} action={newButton} />
      ) : (
        <AppsTable
          {...listProps(own)}
          sort={query.sort}
          canDelete={canWrite}
          toolbar={<DataTableFilters label="Apps" id="app" search={{ placeholder: "Name" }} />}
          empty={<NoMatches icon={<AppWindowIcon />} noun="apps" total={own.total} href="/apps" hint="Try another search." />}
        />
      )}
      <h2 className="mt-8 mb-2 font-medium">Public catalogue</h2>
      <CatalogueTable rows={catalogue.items} />
    </>
  );
}
