import type { Metadata } from "next";
import { cache } from "react";
import { ArrowLeftIcon, PencilIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { deleteConnectionAction } from "@/lib/actions/connections";
import { ConfirmDeleteDialog, UsedByList } from "@/components/ui/confirm-delete-dialog";
import { TestConnection } from "@/components/connections/test-connection";
import { AuditEventsList } from "@/components/integrations/audit-events-list";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { recordTitle } from "@/lib/server/page-title";
import { formatDateTime, formatRelative } from "@/lib/format";
import { fieldLabel } from "@/lib/labels";
import { can } from "@/lib/permissions";
import { AUTH_TYPE_LABELS } from "@/lib/schemas/apps";
import { CONNECTION_SECRET_FIELDS, isFormAuthType } from "@/lib/schemas/connections";
import { listResourceEvents } from "@/lib/server/audit/list-resource-events";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { needsRedirect } from "@/lib/server/connections/accept-connection-data";
import { getConnection } from "@/lib/server/connections/get-connection";

// One read per request, shared by the <title> and the page.
const load = cache(async (connectionId: string) => getConnection(await requireActor(), connectionId, await requestContext()));

export async function generateMetadata({ params }: { params: Promise<{ connectionId: string }> }): Promise<Metadata> {
  const { connectionId } = await params;
  return recordTitle("Connection", "connection.read", () => load(connectionId).then((c) => c.name));
}
type Props = { params: Promise<{ connectionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}

const when = (iso: string | null) => (iso ? <time dateTime={iso} title={formatDateTime(iso)}>{formatRelative(iso)}</time> : "—");

export default async function ConnectionPage({ params, searchParams }: Props) {
  const { connectionId } = await params;
  const actor = await requireActor();
  const context = await requestContext();
  const connection = await load(connectionId).catch((error: unknown) => (isAppError(error) && error.status === 404 ? notFound() : Promise.reject(error)));
  const events = await listResourceEvents(actor, { type: "connection", id: connection.id }, context);
  const canWrite = can(actor.role, "connection.write");
  const oauth = connection.app ? needsRedirect(connection.app, connection.authType) : false;
  const testable = oauth || (connection.authType === "oauth2" && !oauth);
  const secretFields = !oauth && isFormAuthType(connection.authType) ? CONNECTION_SECRET_FIELDS[connection.authType] : [];
  const justConnected = (await searchParams).connected === connection.id;
  const facts: [string, ReactNode][] = [
    ["App", connection.app ? <Link key="app" className="hover:underline" href={`/apps/${connection.app.id}`}>{connection.app.name}</Link> : connection.appId],
    ["Auth type", AUTH_TYPE_LABELS[connection.authType as keyof typeof AUTH_TYPE_LABELS] ?? connection.authType],
    ["Credential ID", <span key="cred" className="font-mono">{connection.credentialId}</span>],
    ["Created", when(connection.createdAt)],
    ["Updated", when(connection.updatedAt)],
    ...Object.entries(connection.data).map(([k, v]) => [fieldLabel(k), <span key={k} className="font-mono">{typeof v === "string" ? v : JSON.stringify(v)}</span>] as [string, ReactNode]),
  ];

  return (
    <>
      <Button asChild variant="ghost" size="sm" className="-ml-2 mb-2">
        <Link href="/connections">
          <ArrowLeftIcon aria-hidden />
          Connections
        </Link>
      </Button>
      <PageHeader
        data-testid="connection-header"
        title={connection.name}
        actions={
          canWrite && (
            <>
              <Button asChild variant="outline">
                <Link href={`/connections/${connection.id}/edit`}>
                  <PencilIcon aria-hidden />
                  Edit
                </Link>
              </Button>
              <ConfirmDeleteDialog
                title={connection.name}
                description="The connection and its stored secrets and tokens are deleted for good."
                confirmLabel="Delete connection"
                usedBy={
                  connection.usedByBoards.length > 0 && (
                    <UsedByList
                      heading={`${connection.usedByBoards.length} board${connection.usedByBoards.length === 1 ? " uses" : "s use"} it; published ones will be unpublished:`}
                      items={connection.usedByBoards.map((b) => `${b.name} (${b.status})`)}
                    />
                  )
                }
                unused="No board uses this connection."
                action={deleteConnectionAction.bind(null, { id: connection.id, version: connection.version })}
                done={{ href: "/connections", message: `Deleted ${connection.name}` }}
              />
            </>
          )
        }
      />
      {justConnected && (
        <p role="status" className="mb-4 rounded-md border border-success/40 bg-success/10 px-3 py-2 text-sm">
          Connected: the provider&apos;s tokens are stored encrypted.
        </p>
      )}
      <div data-testid="connection-detail" className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-6">
          <Section title="Overview">
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]">
              {facts.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="font-medium text-muted-foreground">{label}</dt>
                  <dd className="break-all">{value}</dd>
                </div>
              ))}
            </dl>
          </Section>
          <Section title="Recent activity">
            <AuditEventsList events={events} labelOf={fieldLabel} />
          </Section>
        </div>
        <div className="space-y-6">
          <Section title="Secrets">
            {secretFields.length === 0 && !connection.token && <p className="text-sm text-muted-foreground">None stored.</p>}
            <ul className="space-y-2 text-sm" data-testid="connection-secrets">
              {secretFields.map((field) => (
                <li key={field} className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{fieldLabel(field)}</span>
                  {connection.secrets[field] ? <Badge variant="success">Set</Badge> : <Badge variant="outline">Not set</Badge>}
                  {connection.secrets[field] && <span className="text-muted-foreground">changed {when(connection.secrets[field].updatedAt)}</span>}
                </li>
              ))}
            </ul>
          </Section>
          {connection.token && (
            <Section title="Tokens">
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm" data-testid="connection-token">
                <dt className="text-muted-foreground">State</dt>
                <dd>{connection.token.state === "active" ? <Badge variant="success">Active</Badge> : <Badge variant="warning">Needs reconnect</Badge>}</dd>
                <dt className="text-muted-foreground">Access token</dt>
                <dd>{connection.token.accessToken ? "Set" : "Not set"}</dd>
                <dt className="text-muted-foreground">Refresh token</dt>
                <dd>{connection.token.refreshToken ? "Set" : "Not set"}</dd>
                <dt className="text-muted-foreground">Expires</dt>
                <dd>{when(connection.token.expiresAt)}</dd>
                <dt className="text-muted-foreground">Last refresh</dt>
                <dd>{when(connection.token.lastRefreshAt)}</dd>
                {connection.token.refreshError && (
                  <>
                    <dt className="text-muted-foreground">Last error</dt>
                    <dd className="text-destructive">{connection.token.refreshError}</dd>
                  </>
                )}
              </dl>
            </Section>
          )}
          {canWrite && testable && (
            <Section title="Test">
              <TestConnection id={connection.id} label={oauth ? "Refresh tokens" : "Request a token"} />
            </Section>
          )}
          <Section title="Boards using it">
            {connection.usedByBoards.length === 0 ? (
              <p className="text-sm text-muted-foreground">No board uses this connection.</p>
            ) : (
              <ul className="space-y-1 text-sm" data-testid="connection-boards">
                {connection.usedByBoards.map((b) => (
                  <li key={b.id}>
                    {b.name} <Badge variant={b.status === "published" ? "success" : "outline"}>{b.status}</Badge>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </div>
      </div>
    </>
  );
}
