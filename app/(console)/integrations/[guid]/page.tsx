import type { Metadata } from "next";
import { cache } from "react";
import { ArrowLeftIcon, PencilIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { deleteIntegrationAction } from "@/lib/actions/integrations";
import { ConfirmDeleteDialog, UsedByList } from "@/components/ui/confirm-delete-dialog";
import { IntegrationDetail } from "@/components/integrations/integration-detail";
import { VerifyIntegration } from "@/components/integrations/verify-integration";
import { ConnectAccountButton } from "@/components/oauth-sessions/connect-account-button";
import { ReauthorizationBanner } from "@/components/oauth-sessions/reauthorization-banner";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { recordTitle } from "@/lib/server/page-title";
import { can } from "@/lib/permissions";
import { listResourceEvents } from "@/lib/server/audit/list-resource-events";
import { requirePagePermission, requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { listIntegrationAssociations } from "@/lib/server/content/content-associations";
import { getIntegration } from "@/lib/server/integrations/get-integration";
import { getIntegrationReauthorization } from "@/lib/server/oauth-sessions/get-integration-reauthorization";

// One read per request, shared by the <title> and the page.
const load = cache(async (guid: string) => getIntegration(await requireActor(), guid, await requestContext()));

export async function generateMetadata({ params }: { params: Promise<{ guid: string }> }): Promise<Metadata> {
  const { guid } = await params;
  return recordTitle("Integration", "integration.read", () => load(guid).then((i) => i.name || i.guid));
}

type Props = { params: Promise<{ guid: string }> };

// GET /integrations/{guid}: admins and publishers; only admins get Edit, Verify and Delete.
export default async function IntegrationPage({ params }: Props) {
  const { guid } = await params;
  const actor = await requireActor();
  await requirePagePermission(actor, "integration.read");
  const context = await requestContext();
  const integration = await load(guid).catch((error: unknown) =>
    isAppError(error) && error.status === 404 ? notFound() : Promise.reject(error),
  );
  const [associations, events, reauthorization] = await Promise.all([
    listIntegrationAssociations(actor, guid, context),
    listResourceEvents(actor, { type: "integration", id: guid }, context),
    integration.authType === "Viewer" ? getIntegrationReauthorization(actor, integration.guid, context) : null,
  ]);
  const canEdit = can(actor.role, "integration.update");
  const canDelete = can(actor.role, "integration.delete");
  const canVerify = can(actor.role, "integration.verify");

  return (
    <>
      <Button asChild variant="ghost" size="sm" className="-ml-2 mb-2">
        <Link href="/integrations">
          <ArrowLeftIcon aria-hidden />
          Integrations
        </Link>
      </Button>
      <PageHeader
        data-testid="integration-header"
        title={integration.name || "(unnamed integration)"}
        description={integration.description || undefined}
        actions={
          <>
            {integration.authType === "Viewer" && <ConnectAccountButton integrationGuid={integration.guid} />}
            {canEdit && (
              <Button asChild variant="outline">
                <Link href={`/integrations/${integration.guid}/edit`}>
                  <PencilIcon aria-hidden />
                  Edit
                </Link>
              </Button>
            )}
            {canDelete && (
              <ConfirmDeleteDialog
                title={integration.name || integration.guid}
                description="The integration and its stored secrets are deleted for good. This cannot be undone."
                confirmLabel="Delete integration"
                // An unnamed integration (the API allows one) is confirmed by its guid instead.
                typeToConfirm={integration.name || integration.guid}
                usedBy={
                  associations.length > 0 && (
                    <UsedByList
                      heading={`${associations.length} content item${associations.length === 1 ? "" : "s"} use${associations.length === 1 ? "s" : ""} it and will lose access:`}
                      items={associations.map((a) => a.contentName || a.contentGuid)}
                    />
                  )
                }
                unused="No content uses this integration."
                action={deleteIntegrationAction.bind(null, { guid: integration.guid, version: integration.version })}
                done={{ href: "/integrations", message: `Deleted ${integration.name || integration.guid}` }}
              />
            )}
          </>
        }
      />
      {reauthorization && <ReauthorizationBanner integrationGuid={integration.guid} state={reauthorization} />}
      <IntegrationDetail
        integration={integration}
        associations={associations}
        events={events}
        verify={canVerify ? <VerifyIntegration guid={integration.guid} /> : undefined}
        linkGroups={can(actor.role, "group.read")}
      />
    </>
  );
}
