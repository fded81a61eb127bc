import { KeyRoundIcon, PlusIcon } from "lucide-react";
import Link from "next/link";
import { IntegrationFilters } from "@/components/integrations/integration-filters";
import { IntegrationsTable } from "@/components/integrations/integrations-table";
import { firstValues, listHref } from "@/components/integrations/list-href";
import { Forbidden } from "@/components/shell/forbidden";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/permissions";
import { integrationListQuerySchema } from "@/lib/schemas/integrations";
import { pageAllowed, requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { searchIntegrations } from "@/lib/server/integrations/list-integrations";
import { TEMPLATES } from "@/lib/templates/registry";

export const metadata = { title: "Integrations" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function IntegrationsPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!(await pageAllowed(actor, "integration.read"))) return <Forbidden what="integrations" />;
  const query = integrationListQuerySchema.parse(firstValues(await searchParams));
  const result = await searchIntegrations(actor, query, await requestContext());
  const canCreate = can(actor.role, "integration.create");
  const filtered = !!(query.q || query.template || query.authType);

  const newButton = canCreate && (
    <Button asChild>
      <Link href="/integrations/new">
        <PlusIcon aria-hidden />
        New integration
      </Link>
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Integrations"
        description="OAuth integrations that content uses to reach other systems. Secrets are stored encrypted and never shown."
        actions={newButton}
      />
      {(result.total > 0 || filtered) && <IntegrationFilters query={query} templates={TEMPLATES.map(({ id, name }) => ({ id, name }))} />}
      {result.items.length > 0 ? (
        <>
          <IntegrationsTable items={result.items} query={query} />
          <p className="sr-only" role="status">
            {result.totalExact ? "" : "About "}
            {result.total.toLocaleString("en")} integration{result.total === 1 ? "" : "s"}
          </p>
          {result.pageCount > 1 && (
            <Pagination
              className="mt-4"
              page={result.page}
              pageCount={result.pageCount}
              // Next/previous seek from the rows shown (keyset); other pages are jumps.
              hrefFor={(page) => listHref(query, { page, cursor: (page === result.page + 1 ? result.cursors.next : page === result.page - 1 ? result.cursors.prev : null) ?? "" })}
            />
          )}
        </>
      ) : filtered || result.total > 0 ? (
        <EmptyState
          icon={<KeyRoundIcon />}
          title="No integrations match"
          description={result.total > 0 ? "This page is past the last one." : "Try another search or clear the filters."}
          action={
            <Button asChild variant="outline">
              <Link href={result.total > 0 ? listHref(query, { page: 1 }) : "/integrations"}>{result.total > 0 ? "First page" : "Clear filters"}</Link>
            </Button>
          }
        />
      ) : (
        <EmptyState
          icon={<KeyRoundIcon />}
          title="No integrations yet"
          description={
            canCreate
              ? "Create an integration from a template (Azure, Snowflake, GitHub…) so content can sign in to it."
              : "An administrator has not created any integrations in this organisation yet."
          }
          action={newButton}
        />
      )}
    </>
  );
}
