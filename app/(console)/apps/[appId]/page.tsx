import type { Metadata } from "next";
import { cache } from "react";
import { ArrowLeftIcon, PencilIcon, PlusIcon } from "lucide-react";
import { headers } from "next/headers";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { deleteAppAction } from "@/lib/actions/apps";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CONNECTION_CALLBACK_PATH } from "@/lib/dialects/versori/callback";
import { isAppError } from "@/lib/errors";
import { recordTitle } from "@/lib/server/page-title";
import { can } from "@/lib/permissions";
import { AUTH_TYPE_LABELS, type AppDto } from "@/lib/schemas/apps";
import { getApp, getPublicApp } from "@/lib/server/apps/get-app";
import { catalogueApp } from "@/lib/server/apps/catalogue";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { CopyButton } from "@/components/ui/copy-button";

// One read per request, shared by the <title> and the page.
const load = cache(async (appId: string): Promise<AppDto> => (catalogueApp(appId) ? getPublicApp(appId) : getApp(await requireActor(), appId, await requestContext())));

export async function generateMetadata({ params }: { params: Promise<{ appId: string }> }): Promise<Metadata> {
  const { appId } = await params;
  return recordTitle("App", "app.read", () => load(appId).then((a) => a.name));
}

export default async function AppPage({ params }: { params: Promise<{ appId: string }> }) {
  const { appId } = await params;
  const actor = await requireActor();
  const fromCatalogue = Boolean(catalogueApp(appId));
  const app: AppDto = await load(appId).catch((error: unknown) =>
    isAppError(error) && error.status === 404 ? notFound() : Promise.reject(error),
  );
  const h = await headers();
  const callback = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host")}${CONNECTION_CALLBACK_PATH}`;
  const canWrite = can(actor.role, "app.write") && !fromCatalogue;
  return (
    <>
      <Button asChild variant="ghost" size="sm" className="-ml-2 mb-2">
        <Link href="/apps"><ArrowLeftIcon aria-hidden />Apps</Link>
      </Button>
      <PageHeader
        title={app.name}
        description={fromCatalogue ? "From the public catalogue." : undefined}
        actions={
          <>
            {can(actor.role, "connection.write") && (
              <Button asChild><Link href={`/connections/new?appId=${encodeURIComponent(app.id)}`}><PlusIcon aria-hidden />New connection</Link></Button>
            )}
            {canWrite && <Button asChild variant="outline"><Link href={`/apps/${app.id}/edit`}><PencilIcon aria-hidden />Edit</Link></Button>}
            {canWrite && <ConfirmDeleteDialog
                title={app.name}
                description="The app and its stored client secrets are deleted. An app that connections still use cannot be deleted."
                confirmLabel="Delete app"
                action={deleteAppAction.bind(null, { id: app.id, version: app.version })}
                done={{ href: "/apps", message: `Deleted ${app.name}` }}
              />}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2 [&>*]:min-w-0" data-testid="app-detail">
        <Card>
          <CardHeader><CardTitle>Server</CardTitle></CardHeader>
          <CardContent className="space-y-2 text-sm">
            <p className="wrap-anywhere"><span className="text-muted-foreground">Name:</span> {app.server.name}</p>
            <p className="break-all"><span className="text-muted-foreground">URL:</span> {app.server.url}</p>
            <p className="break-all"><span className="text-muted-foreground">OAuth callback URL to register with the provider:</span> <code data-testid="callback-url">{callback}</code> <CopyButton value={callback} label="callback URL" className="align-middle" /></p>
          </CardContent>
        </Card>
        <Card>
          <CardHeader><CardTitle>Auth configs</CardTitle></CardHeader>
          <CardContent>
            {app.supportedAuthConfigs.length === 0 && <p className="text-sm text-muted-foreground">None: no connection can be made to this app yet.</p>}
            <ul className="space-y-4 text-sm">
              {app.supportedAuthConfigs.map((c) => (
                <li key={c.type} className="space-y-1">
                  <div className="flex items-center gap-2">
                    <span className="font-medium">{AUTH_TYPE_LABELS[c.type]}</span>
                    {c.isValid ? <Badge variant="success">Valid</Badge> : <Badge variant="warning">Incomplete</Badge>}
                  </div>
                  <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-muted-foreground">
                    {Object.entries(c.data).map(([k, v]) => (
                      <div key={k} className="contents"><dt>{k}</dt><dd className="break-all font-mono">{typeof v === "string" ? v : JSON.stringify(v)}</dd></div>
                    ))}
                    {Object.keys(c.secrets).map((k) => (
                      <div key={k} className="contents"><dt>{k}</dt><dd>set (hidden)</dd></div>
                    ))}
                  </dl>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      </div>
    </>
  );
}
