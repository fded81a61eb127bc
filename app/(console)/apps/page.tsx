import { AppWindowIcon, PlusIcon } from "lucide-react";
import Link from "next/link";
import { Forbidden } from "@/components/shell/forbidden";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { isAppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { AUTH_TYPE_LABELS, type AppDto } from "@/lib/schemas/switchboard";
import { listPublicApps, listApps } from "@/lib/server/apps/list-apps";
import { pageAllowed, requestContext, requireActor } from "@/lib/server/auth/page-auth";

export const metadata = { title: "Apps" };
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

function AppsTable({ apps, testId }: { apps: AppDto[]; testId: string }) {
  return (
    <Table data-testid={testId}>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Server</TableHead>
          <TableHead>Auth types</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {apps.map((app) => (
          <TableRow key={app.id}>
            <TableCell className="font-medium">
              <Link href={`/apps/${app.id}`} className="hover:underline">{app.name}</Link>
            </TableCell>
            <TableCell className="break-all text-muted-foreground">{app.server.url}</TableCell>
            <TableCell>
              <div className="flex flex-wrap gap-1">
                {app.supportedAuthConfigs.map((c) => (
                  <Badge key={c.type} variant={c.isValid ? "outline" : "warning"} title={c.isValid ? "Complete" : "Incomplete"}>
                    {AUTH_TYPE_LABELS[c.type]}{c.isValid ? "" : " (incomplete)"}
                  </Badge>
                ))}
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export default async function AppsPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!(await pageAllowed(actor, "app.read"))) return <Forbidden what="apps" />;
  const params = await searchParams;
  const context = await requestContext();
  // A stale or hand-edited cursor in the URL falls back to the first page.
  const own = await listApps(actor, { first: 20, sort: "name:asc", after: one(params.after) || null, before: one(params.before) || null }, context).catch((error: unknown) =>
    isAppError(error) && error.status === 400 ? listApps(actor, { first: 20, sort: "name:asc" }, context) : Promise.reject(error),
  );
  const catalogue = listPublicApps({ first: 100 });
  const canWrite = can(actor.role, "app.write");
  const newButton = canWrite && (
    <Button asChild>
      <Link href="/apps/new"><PlusIcon aria-hidden />New app</Link>
    </Button>
  );
  return (
    <>
      <PageHeader title="Apps" description="The APIs connections reach: this organisation's own apps and the public catalogue." actions={newButton} />
      <h2 className="mb-2 font-medium">This organisation&apos;s apps ({own.totalCount})</h2>
      {own.items.length > 0 ? (
        <>
          <AppsTable apps={own.items} testId="org-apps" />
          <nav aria-label="Pages" className="mt-2 flex justify-between">
            {own.prev ? <Button asChild variant="outline"><Link href={`/apps?before=${own.prev}`}>Previous</Link></Button> : <span />}
            {own.next ? <Button asChild variant="outline"><Link href={`/apps?after=${own.next}`}>Next</Link></Button> : <span />}
          </nav>
        </>
      ) : (
        <EmptyState icon={<AppWindowIcon />} title="No apps of your own yet" description={canWrite ? "Create one to connect with your own OAuth client or API." : "An administrator has not created any app yet."} action={newButton} />
      )}
      <h2 className="mt-8 mb-2 font-medium">Public catalogue</h2>
      <AppsTable apps={catalogue.items} testId="catalogue-apps" />
    </>
  );
}
