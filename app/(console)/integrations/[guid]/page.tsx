import { ArrowLeftIcon, PencilIcon } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteIntegrationDialog } from "@/components/integrations/delete-integration-dialog";
import { IntegrationDetail } from "@/components/integrations/integration-detail";
import { VerifyIntegration } from "@/components/integrations/verify-integration";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { listResourceEvents } from "@/lib/server/audit/list-resource-events";
import { requirePagePermission, requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { listIntegrationAssociations } from "@/lib/server/content/content-associations";
import { getIntegration } from "@/lib/server/integrations/get-integration";

export const metadata = { title: "Integration" };

type Props = { params: Promise<{ guid: string }> };

// GET /integrations/{guid}: admins and publishers; only admins get Edit, Verify and Delete.
export default async function IntegrationPage({ params }: Props) {
  const { guid } = await params;
  const actor = await requireActor();
  await requirePagePermission(actor, "integration.read");
  const context = await requestContext();
  const integration = await getIntegration(actor, guid, context).catch((error: unknown) =>
    isAppError(error) && error.status === 404 ? notFound() : Promise.reject(error),
  );
  const [associations, events] = await Promise.all([
    listIntegrationAssociations(actor, guid, context),
    listResourceEvents(actor, { type: "integration", id: guid }, context),
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
            {canEdit && (
              <Button asChild variant="outline">
                <Link href={`/integrations/${integration.guid}/edit`}>
                  <PencilIcon aria-hidden />
                  Edit
                </Link>
              </Button>
            )}
            {canDelete && (
              <DeleteIntegrationDialog
                guid={integration.guid}
                name={integration.name}
                version={integration.version}
                usedBy={associations.map((a) => a.contentName || a.contentGuid)}
              />
            )}
          </>
        }
      />
      <IntegrationDetail
        integration={integration}
        associations={associations}
        events={events}
        verify={canVerify ? <VerifyIntegration guid={integration.guid} /> : undefined}
      />
    </>
  );
}
