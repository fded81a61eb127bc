import { CableIcon, PlusIcon } from "lucide-react";
import Link from "next/link";
import { ConnectionsTable } from "@/components/connections/connections-table";
import { Forbidden } from "@/components/shell/forbidden";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { AUTH_CONFIG_TYPES, AUTH_TYPE_LABELS } from "@/lib/schemas/switchboard";
import { listUsableApps } from "@/lib/server/apps/list-usable-apps";
import { pageAllowed, requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { listConnections } from "@/lib/server/connections/list-connections";

export const metadata = { title: "Connections" };

const SORTS = { "createdAt:desc": "Newest", "createdAt:asc": "Oldest", "name:asc": "Name A–Z", "name:desc": "Name Z–A", "updatedAt:desc": "Recently updated" } as const;
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function ConnectionsPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!(await pageAllowed(actor, "connection.read"))) return <Forbidden what="connections" />;
  const params = await searchParams;
  const q = one(params.q).slice(0, 200);
  const appId = one(params.appId).slice(0, 100);
  const authType = (AUTH_CONFIG_TYPES as readonly string[]).includes(one(params.authType)) ? one(params.authType) : "";
  const sort = Object.hasOwn(SORTS, one(params.sort)) ? one(params.sort) : "createdAt:desc";
  const context = await requestContext();
  const filters = { ...(q && { q }), ...(appId && { appId }), ...(authType && { authType }), ...(sort !== "createdAt:desc" && { sort }) };
  const href = (extra: Record<string, string>) => `/connections?${new URLSearchParams({ ...filters, ...extra })}`;
  const [apps, page] = await Promise.all([
    listUsableApps(actor, context),
    listConnections(actor, { search: q, appId, authType, sort, first: 20, after: one(params.after) || null, before: one(params.before) || null }, context).catch((error: unknown) =>
      isAppError(error) && error.status === 400 ? null : Promise.reject(error),
    ),
  ]);
  const canWrite = can(actor.role, "connection.write");
  const filtered = Boolean(q || appId || authType);
  const newButton = canWrite && (
    <Button asChild>
      <Link href="/connections/new">
        <PlusIcon aria-hidden />
        New connection
      </Link>
    </Button>
  );
  const oauthError = one(params.oauthError);

  return (
    <>
      <PageHeader title="Connections" description="Credentials this organisation uses to reach apps: API keys, basic auth, OAuth 2.0, OIDC, JWT bearer. Secrets are stored encrypted and never shown." actions={newButton} />
      {oauthError && (
        <p role="alert" className="mb-4 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
          The connection was not made: {oauthError}
        </p>
      )}
      <form method="get" action="/connections" className="mb-4 grid gap-2 sm:grid-cols-[1fr_auto_auto_auto_auto]" data-testid="connection-filters">
        <label className="sr-only" htmlFor="q">Search by name</label>
        <input id="q" name="q" defaultValue={q} placeholder="Search by name" className="h-9 rounded-md border border-input bg-transparent px-3 text-sm dark:bg-input/30" />
        <label className="sr-only" htmlFor="appId">App</label>
        <select id="appId" name="appId" defaultValue={appId} className="h-9 rounded-md border border-input bg-transparent px-2 text-sm dark:bg-input/30">
          <option value="">All apps</option>
          {[...apps.own, ...apps.catalogue].map((a) => (
            <option key={a.id} value={a.id}>{a.name}{a.public ? " (catalogue)" : ""}</option>
          ))}
        </select>
        <label className="sr-only" htmlFor="authType">Auth type</label>
        <select id="authType" name="authType" defaultValue={authType} className="h-9 rounded-md border border-input bg-transparent px-2 text-sm dark:bg-input/30">
          <option value="">All auth types</option>
          {AUTH_CONFIG_TYPES.map((t) => (
            <option key={t} value={t}>{AUTH_TYPE_LABELS[t]}</option>
          ))}
        </select>
        <label className="sr-only" htmlFor="sort">Sort</label>
        <select id="sort" name="sort" defaultValue={sort} className="h-9 rounded-md border border-input bg-transparent px-2 text-sm dark:bg-input/30">
          {Object.entries(SORTS).map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
        <Button type="submit" variant="outline">Apply</Button>
      </form>
      {!page ? (
        <EmptyState icon={<CableIcon />} title="This page link is no longer valid" description="Its position in the list could not be read." action={<Button asChild variant="outline"><Link href="/connections">First page</Link></Button>} />
      ) : page.items.length > 0 ? (
        <>
          <ConnectionsTable items={page.items} />
          <p className="mt-2 text-sm text-muted-foreground" role="status">
            {page.totalCount} connection{page.totalCount === 1 ? "" : "s"}
          </p>
          <nav aria-label="Pages" className="mt-4 flex justify-between">
            {page.prev ? <Button asChild variant="outline"><Link href={href({ before: page.prev })}>Previous</Link></Button> : <span />}
            {page.next ? <Button asChild variant="outline"><Link href={href({ after: page.next })}>Next</Link></Button> : <span />}
          </nav>
        </>
      ) : (
        <EmptyState
          icon={<CableIcon />}
          title={filtered ? "No connections match" : "No connections yet"}
          description={filtered ? "Try another search or clear the filters." : canWrite ? "Connect an app with an API key, basic auth or OAuth." : "An administrator has not connected any app yet."}
          action={filtered ? <Button asChild variant="outline"><Link href="/connections">Clear filters</Link></Button> : newButton}
        />
      )}
    </>
  );
}
