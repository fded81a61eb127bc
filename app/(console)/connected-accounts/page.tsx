import { LinkIcon } from "lucide-react";
import { ConnectAccountButton } from "@/components/oauth-sessions/connect-account-button";
import { DisconnectAccount } from "@/components/oauth-sessions/disconnect-account";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { listConnectableIntegrations } from "@/lib/server/oauth-sessions/list-connectable-integrations";
import { collectOAuthSessions, listOAuthSessions } from "@/lib/server/oauth-sessions/list-oauth-sessions";
import { noticeMessage } from "@/lib/notices";

export const metadata = { title: "Connected accounts" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// GET /connected-accounts: everyone's own connections for Viewer integrations (Posit's OAuth
// sessions), and the Viewer integrations they may connect. `?integration=` (the link the exchange's
// "connect your account" error gives) puts that integration first.
export default async function ConnectedAccountsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const context = await requestContext();
  const params = await searchParams;
  const wanted = typeof params.integration === "string" ? params.integration : null;
  const [sessions, connectable] = await Promise.all([
    listOAuthSessions(actor, {}, context).then(collectOAuthSessions),
    listConnectableIntegrations(actor, context),
  ]);
  // Newest connection first.
  sessions.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const connected = new Map(sessions.map((s) => [s.integrationGuid, s]));
  const offered = connectable.sort((a, b) => Number(b.guid === wanted) - Number(a.guid === wanted));

  return (
    <>
      <PageHeader
        title="Connected accounts"
        description="Your own accounts at the providers of Viewer integrations. Content you visit gets your token through them; no token is ever shown here."
      />
      {params.connect === "done" && (
        <p role="status" className="mb-4 rounded-md border border-success/40 bg-success/10 px-3 py-2 text-sm" data-testid="connect-done">
          Your account is connected.
        </p>
      )}
      {params.connect === "failed" && (
        <p role="alert" className="mb-4 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm">
          Connecting failed: {noticeMessage(params.reason)}
        </p>
      )}
      {sessions.length === 0 ? (
        <EmptyState icon={<LinkIcon />} title="No connected accounts" description="Connect an account below to let content act as you at that provider." />
      ) : (
        <Table data-testid="connected-accounts">
          <TableHeader>
            <TableRow>
              <TableHead>Integration</TableHead>
              <TableHead>Status</TableHead>
              <TableHead>Token expires</TableHead>
              <TableHead>Last refreshed</TableHead>
              <TableHead>Connected</TableHead>
              <TableHead className="sr-only">Actions</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {sessions.map((s) => (
              <TableRow key={s.guid} data-testid={`session-${s.integrationGuid}`}>
                <TableCell className="font-medium">{s.integrationName || s.integrationGuid}</TableCell>
                <TableCell>
                  {s.state === "active" ? <Badge variant="success">Active</Badge> : <Badge variant="warning">Needs reauthorization</Badge>}
                  {!s.hasRefreshToken && <span className="ml-2 text-xs text-muted-foreground">no refresh token</span>}
                </TableCell>
                <TableCell>{s.accessTokenExpiresAt ? <RelativeTime value={s.accessTokenExpiresAt.toISOString()} /> : "—"}</TableCell>
                <TableCell>{s.lastRefreshedAt ? <RelativeTime value={s.lastRefreshedAt.toISOString()} /> : "never"}</TableCell>
                <TableCell>
                  <RelativeTime value={s.createdAt.toISOString()} />
                </TableCell>
                <TableCell className="flex justify-end gap-2">
                  {s.state !== "active" && <ConnectAccountButton integrationGuid={s.integrationGuid} label="Reconnect" />}
                  <DisconnectAccount sessionGuid={s.guid} integrationName={s.integrationName || s.integrationGuid} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {offered.length > 0 && (
        <Card className="mt-6">
          <CardHeader>
            <CardTitle>Viewer integrations you may connect</CardTitle>
            <CardDescription>Sign in at the provider once; the console keeps your token and refreshes it when content asks.</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="divide-y">
              {offered.map((i) => (
                <li key={i.guid} className="flex flex-wrap items-center justify-between gap-3 py-2">
                  <span>
                    <span className="font-medium">{i.name || i.guid}</span> <span className="text-sm text-muted-foreground">({i.template})</span>
                  </span>
                  <ConnectAccountButton integrationGuid={i.guid} label={connected.has(i.guid) ? "Connect again" : "Connect your account"} />
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      )}
    </>
  );
}
