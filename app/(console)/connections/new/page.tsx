import { ArrowLeftIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { connectAction } from "@/lib/actions/connections";
import { ConnectionForm } from "@/components/connections/connection-form";
import type { JsonSchema } from "@/components/switchboard/json-schema-fields";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { AUTH_TYPE_LABELS, type AppDto } from "@/lib/schemas/apps";
import { connectionFormJsonSchema, isFormAuthType } from "@/lib/schemas/connections";
import { findUsableApp } from "@/lib/server/apps/find-app";
import { listUsableApps } from "@/lib/server/apps/list-usable-apps";
import { requirePagePermission, requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { needsRedirect } from "@/lib/server/connections/accept-connection-data";
import { noticeMessage } from "@/lib/notices";

export const metadata = { title: "New connection" };
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

function AppChoice({ app }: { app: AppDto }) {
  const valid = app.supportedAuthConfigs.filter((c) => c.isValid).length;
  return (
    <li>
      <Link href={`/connections/new?appId=${encodeURIComponent(app.id)}`} className="flex flex-wrap items-center justify-between gap-2 rounded-md border px-3 py-2 hover:bg-accent">
        <span className="font-medium">{app.name}</span>
        <span className="text-sm text-muted-foreground">
          {valid} usable auth type{valid === 1 ? "" : "s"}
        </span>
      </Link>
    </li>
  );
}

// Step 1: pick an app. Step 2: pick one of its valid auth types. Step 3: the form generated from
// that type's JSON Schema (the one connection-init returns), or "Connect" for OAuth.
export default async function NewConnectionPage({ searchParams }: Props) {
  const actor = await requireActor();
  await requirePagePermission(actor, "connection.write");
  const params = await searchParams;
  const context = await requestContext();
  const app = one(params.appId) ? await findUsableApp(actor, one(params.appId)) : null;
  const config = app?.supportedAuthConfigs.find((c) => c.type === one(params.authType) && c.isValid) ?? null;
  const error = one(params.error) ? noticeMessage(one(params.error)) : null;
  const back = (
    <Button asChild variant="ghost" size="sm" className="-ml-2 mb-2">
      <Link href={config ? `/connections/new?appId=${encodeURIComponent(app!.id)}` : app ? "/connections/new" : "/connections"}>
        <ArrowLeftIcon aria-hidden />
        {/* Says where it goes, as the integration wizard's "Choose another template" does. */}
        {config ? "Choose another auth type" : app ? "Choose another app" : "Connections"}
      </Link>
    </Button>
  );

  if (!app) {
    const apps = await listUsableApps(actor, context);
    return (
      <>
        {back}
        <PageHeader title="New connection" description="Step 1 of 3: choose the app to connect." />
        <div className="grid gap-6 md:grid-cols-2">
          <section>
            <h2 className="mb-2 font-medium">This organisation&apos;s apps</h2>
            {apps.own.length === 0 ? <p className="text-sm text-muted-foreground">None yet. <Link className="underline" href="/apps/new">Create an app</Link>.</p> : <ul className="space-y-2">{apps.own.map((a) => <AppChoice key={a.id} app={a} />)}</ul>}
          </section>
          <section>
            <h2 className="mb-2 font-medium">Public catalogue</h2>
            <ul className="space-y-2" data-testid="catalogue-apps">{apps.catalogue.map((a) => <AppChoice key={a.id} app={a} />)}</ul>
          </section>
        </div>
      </>
    );
  }

  if (!config) {
    return (
      <>
        {back}
        <PageHeader title={`Connect ${app.name}`} description="Step 2 of 3: choose how to authenticate." />
        <ul className="max-w-xl space-y-2" data-testid="auth-type-choices">
          {app.supportedAuthConfigs.map((c) => (
            <li key={c.type}>
              {c.isValid ? (
                <Link href={`/connections/new?appId=${encodeURIComponent(app.id)}&authType=${c.type}`} className="flex items-center justify-between rounded-md border px-3 py-2 hover:bg-accent">
                  <span className="font-medium">{AUTH_TYPE_LABELS[c.type]}</span>
                  {needsRedirect(app, c.type) && <Badge variant="outline">Sign in with the provider</Badge>}
                </Link>
              ) : (
                <div className="flex items-center justify-between rounded-md border border-dashed px-3 py-2 text-muted-foreground">
                  <span>{AUTH_TYPE_LABELS[c.type]}</span>
                  <Badge variant="warning">Incomplete in the app</Badge>
                </div>
              )}
            </li>
          ))}
        </ul>
      </>
    );
  }

  const label = AUTH_TYPE_LABELS[config.type];
  if (needsRedirect(app, config.type)) {
    return (
      <>
        {back}
        <PageHeader title={`Connect ${app.name} with ${label}`} description="Step 3 of 3: you will sign in at the provider and come back here. The tokens are stored encrypted." />
        {error && <p role="alert" className="mb-4 text-sm text-destructive">{error}</p>}
        <form action={connectAction} className="max-w-xl space-y-4">
          <input type="hidden" name="appId" value={app.id} />
          <input type="hidden" name="authType" value={config.type} />
          <label className="block space-y-1 text-sm">
            <span className="font-medium">Name</span>
            <Input name="name" defaultValue={`${app.name} (${config.type})`} autoComplete="off" />
          </label>
          <Button type="submit">Connect</Button>
        </form>
      </>
    );
  }
  if (!isFormAuthType(config.type)) return <p className="text-sm text-destructive">This auth type cannot be configured here.</p>;
  return (
    <>
      {back}
      <PageHeader title={`Connect ${app.name} with ${label}`} description="Step 3 of 3: the credentials. Secrets are stored encrypted and never shown again." />
      <ConnectionForm mode="create" schema={connectionFormJsonSchema(config.type) as JsonSchema} appId={app.id} authType={config.type} defaultName={`${app.name} ${label}`} />
    </>
  );
}
