import { PlusIcon, ServerCogIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { DataTableFilters } from "@/components/data-table/data-table-filters";
import { listProps } from "@/components/data-table/list-props";
import { NoMatches } from "@/components/data-table/no-matches";
import { WorkloadsTable } from "@/components/workloads/workloads-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SECTION_HEADERS } from "@/components/shell/section-headers";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { workloadListQuerySchema } from "@/lib/schemas/content";
import { firstValues } from "@/lib/search-params";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { searchWorkloads } from "@/lib/server/workloads/list-workloads";

export const metadata = { title: "Workloads" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The section's layout has checked workload.read (admins: every workload; publishers: their own).
export default async function WorkloadsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const query = workloadListQuerySchema.parse(firstValues(await searchParams));
  const result = await searchWorkloads(actor, query, await requestContext());
  const all = can(actor.role, "workload.readAll");
  const newButton = can(actor.role, "workload.create") && (
    <Button asChild>
      <Link href="/workloads/new">
        <PlusIcon aria-hidden />
        New workload
      </Link>
    </Button>
  );

  return (
    <>
      <PageHeader
        title={SECTION_HEADERS.workloads.title}
        description={`${SECTION_HEADERS.workloads.description} ${all ? "You see every workload of the organisation." : "You see the workloads you own."}`}
        actions={newButton}
      />
      {result.total === 0 && !query.q ? (
        <EmptyState
          icon={<ServerCogIcon />}
          title="No workloads yet"
          description="Register a workload with “New workload”, associate an integration with it, then give it a session token: it can then get tokens through Posit's credential exchange."
        />
      ) : (
        <WorkloadsTable
          {...listProps(result)}
          sort={query.sort}
          toolbar={<DataTableFilters label="Workloads" id="workload" search={{ placeholder: "Name or title" }} />}
          empty={<NoMatches icon={<ServerCogIcon />} noun="workloads" total={result.total} href="/workloads" />}
        />
      )}
    </>
  );
}
