import type { Metadata } from "next";
import { cache } from "react";
import { ArrowLeftIcon, KeyRoundIcon, PencilIcon, UserRoundIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { deleteWorkloadAction } from "@/lib/actions/workloads";
import { DefinitionList } from "@/components/oauth-profiles/definition-list";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDeleteDialog, UsedByList } from "@/components/ui/confirm-delete-dialog";
import { CopyableId } from "@/components/ui/copy-button";
import { PageHeader } from "@/components/ui/page-header";
import { AssociationsEditor } from "@/components/workloads/associations-editor";
import { HowToCall } from "@/components/workloads/how-to-call";
import { LastExchanges } from "@/components/workloads/last-exchanges";
import { SessionTokensList } from "@/components/workloads/session-tokens-list";
import { TokenDialog } from "@/components/workloads/popups";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { can } from "@/lib/permissions";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { getContentAssociations } from "@/lib/server/content/content-associations";
import { consoleOrigin } from "@/lib/server/oauth/console-origin";
import { recordTitle } from "@/lib/server/page-title";
import { getWorkload } from "@/lib/server/workloads/get-workload";
import { listContentSessionTokens } from "@/lib/server/workloads/list-content-session-tokens";
import { listExchangeCounts } from "@/lib/server/workloads/list-exchange-counts";

// One read per request, shared by the <title> and the page.
const load = cache(async (guid: string) => getWorkload(await requireActor(), guid, await requestContext()));

export async function generateMetadata({ params }: { params: Promise<{ guid: string }> }): Promise<Metadata> {
  const { guid } = await params;
  return recordTitle("Workload", "workload.read", () => load(guid).then((w) => w.name));
}

// GET /workloads/{guid} (the owner, or an admin; another publisher's workload is a 404): details,
// associated integrations, content session tokens, how to call the exchange, last exchanges.
export default async function WorkloadPage({ params }: { params: Promise<{ guid: string }> }) {
  const { guid } = await params;
  const actor = await requireActor();
  const context = await requestContext();
  const workload = await load(guid).catch((error: unknown) => (isAppError(error) && error.status === 404 ? notFound() : Promise.reject(error)));
  const [associations, tokens, exchanges, origin] = await Promise.all([
    getContentAssociations(actor, workload.guid, context),
    listContentSessionTokens(actor, workload.guid, context),
    listExchangeCounts(actor, workload.guid, context),
    consoleOrigin(),
  ]);
  const canEdit = can(actor.role, "workload.update");
  const canTokens = can(actor.role, "workload.sessionToken");
  const canAssociate = can(actor.role, "content.associate");
  const deleteButton = can(actor.role, "workload.delete") && (
    <ConfirmDeleteDialog
      title={workload.name}
      description="The workload is deleted for good: its session tokens stop working at once and its integration associations go with it. This cannot be undone."
      confirmLabel="Delete workload"
      typeToConfirm={workload.name}
      usedBy={
        tokens.length > 0 || associations.length > 0 ? (
          <UsedByList
            heading="These stop working for it:"
            items={[
              ...(tokens.length ? [`${tokens.length} session token${tokens.length === 1 ? "" : "s"}`] : []),
              ...associations.map((a) => `integration ${a.integrationName || a.integrationGuid}`),
            ]}
          />
        ) : null
      }
      unused="It has no session tokens and no associated integrations."
      action={deleteWorkloadAction.bind(null, { guid: workload.guid, version: workload.version })}
      done={{ href: "/workloads", message: `Deleted ${workload.name}` }}
    />
  );

  return (
    <>
      <Button asChild variant="ghost" size="sm" className="-ml-2 mb-2">
        <Link href="/workloads">
          <ArrowLeftIcon aria-hidden />
          Workloads
        </Link>
      </Button>
      <PageHeader
        data-testid="workload-header"
        title={workload.name}
        description={workload.title ?? undefined}
        actions={
          <>
            {canEdit && (
              <Button asChild variant="outline">
                <Link href={`/workloads/${workload.guid}/edit`}>
                  <PencilIcon aria-hidden />
                  Edit
                </Link>
              </Button>
            )}
            {deleteButton}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>Integrations</CardTitle>
              <CardDescription>What the credential exchange may give this workload. Its owner must be allowed to use each one.</CardDescription>
            </CardHeader>
            <CardContent>
              <AssociationsEditor
                workloadGuid={workload.guid}
                associated={associations.map((a) => ({ guid: a.integrationGuid, name: a.integrationName, authType: a.integrationAuthType }))}
                canEdit={canAssociate}
              />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Session tokens</CardTitle>
              <CardDescription>The workload presents one to the credential exchange (Posit&apos;s content session token). Several can be live, for rotation.</CardDescription>
            </CardHeader>
            <CardContent className="space-y-4">
              {canTokens && (
                <div className="flex flex-wrap gap-2">
                  <TokenDialog
                    kind="content"
                    workload={{ guid: workload.guid, name: workload.name }}
                    trigger={
                      <Button aria-haspopup="dialog">
                        <KeyRoundIcon aria-hidden />
                        Create session token
                      </Button>
                    }
                  />
                  <TokenDialog
                    kind="user"
                    workload={{ guid: workload.guid, name: workload.name }}
                    trigger={
                      <Button variant="outline" aria-haspopup="dialog">
                        <UserRoundIcon aria-hidden />
                        Session token for me
                      </Button>
                    }
                  />
                </div>
              )}
              <SessionTokensList workloadGuid={workload.guid} tokens={tokens} canRevoke={canTokens} />
            </CardContent>
          </Card>
          <Card data-testid="last-exchanges-card">
            <CardHeader>
              <CardTitle>Last exchanges</CardTitle>
              <CardDescription>Tokens this workload got through the credential exchange, per integration and day.</CardDescription>
            </CardHeader>
            <CardContent>
              <LastExchanges rows={exchanges} />
            </CardContent>
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>Details</CardTitle>
            </CardHeader>
            <CardContent>
              <DefinitionList
                testId="workload-fields"
                rows={[
                  ["GUID", <CopyableId key="guid" value={workload.guid} label="GUID" />],
                  ["Owner", <span key="owner" className="wrap-anywhere">{workload.ownerEmail ?? "—"}</span>],
                  ["Description", <span key="description" className="whitespace-pre-line wrap-anywhere">{workload.description || "—"}</span>],
                  ["Created", formatDateTime(workload.createdAt)],
                  ["Updated", formatDateTime(workload.updatedAt)],
                ]}
              />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>How to call it</CardTitle>
              <CardDescription>What the workload needs to get tokens with posit-sdk or connectapi.</CardDescription>
            </CardHeader>
            <CardContent>
              <HowToCall serverUrl={origin} guid={workload.guid} />
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
