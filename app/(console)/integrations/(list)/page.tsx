import { KeyRoundIcon, PlusIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { IntegrationFilters } from "@/components/integrations/integration-filters";
import { toIntegrationListRow } from "@/components/integrations/integration-list-rows";
import { IntegrationsTable } from "@/components/integrations/integrations-table";
import { firstValues } from "@/lib/search-params";
import { listProps } from "@/components/data-table/list-props";
import { NoMatches } from "@/components/data-table/no-matches";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SECTION_HEADERS } from "@/components/shell/section-headers";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { integrationListQuerySchema } from "@/lib/schemas/integrations";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { listIntegrationTags } from "@/lib/server/integrations/list-integration-tags";
import { searchIntegrations } from "@/lib/server/integrations/list-integrations";
import { TEMPLATES } from "@/lib/templates/registry";

export const metadata = { title: "Integrations" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The section's layout has checked integration.read.
export default async function IntegrationsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const query = integrationListQuerySchema.parse(firstValues(await searchParams));
  const context = await requestContext();
  const [result, tags] = await Promise.all([searchIntegrations(actor, query, context), listIntegrationTags(actor, context)]);
  const canCreate = can(actor.role, "integration.create");
  const filtered = !!(query.q || query.template || query.authType || query.tag || query.expiresBefore);

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
      <PageHeader {...SECTION_HEADERS.integrations} actions={newButton} />
      {result.total === 0 && !filtered ? (
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
      ) : (
        <IntegrationsTable
          {...listProps({ ...result, items: result.items.map(toIntegrationListRow) })}
          sort={query.sort}
          canDelete={can(actor.role, "integration.delete")}
          toolbar={<IntegrationFilters templates={TEMPLATES.map(({ id, name }) => ({ id, name }))} tags={tags} />}
          empty={<NoMatches icon={<KeyRoundIcon />} noun="integrations" total={result.total} href="/integrations" />}
        />
      )}
    </>
  );
}
