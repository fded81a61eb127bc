import { AppWindowIcon, PlusIcon } from "lucide-react";
import Link from "next/link";
import { firstValues } from "@/components/integrations/list-href";
import { oauthAppsHref } from "@/components/oauth-apps/list-href";
import { OAuthAppsTable } from "@/components/oauth-apps/oauth-apps-table";
import { ListSearch } from "@/components/oauth-profiles/list-search";
import { Forbidden } from "@/components/shell/forbidden";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { oauthAppListQuerySchema } from "@/lib/schemas/oauth-apps";
import { pageAllowed, requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { searchOAuthApps } from "@/lib/server/oauth-apps/list-oauth-apps";

export const metadata = { title: "OAuth apps" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OAuthAppsPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!(await pageAllowed(actor, "oauthApp.read"))) return <Forbidden what="OAuth apps" />;
  const query = oauthAppListQuerySchema.parse(firstValues(await searchParams));
  const result = await searchOAuthApps(actor, query, await requestContext());
  const canWrite = can(actor.role, "oauthApp.write");
  const newButton = canWrite && (
    <Button asChild>
      <Link href="/oauth-apps/new">
        <PlusIcon aria-hidden />
        New OAuth app
      </Link>
    </Button>
  );
  const narrowed = !!(query.q || query.after);

  return (
    <>
      <PageHeader
        title="OAuth apps"
        description="Client registrations with OAuth providers (Progress HDP's OAuth applications). Users connect their OAuth profiles through them; client secrets are stored encrypted and never shown."
        actions={newButton}
      />
      {(result.items.length > 0 || narrowed) && <ListSearch action="/oauth-apps" q={query.q} label="Search OAuth apps" hidden={{ sort: query.sort === "name" ? "" : query.sort }} />}
      {result.items.length > 0 ? (
        <>
          <OAuthAppsTable items={result.items} query={query} />
          <nav aria-label="Pages" className="mt-4 flex gap-2">
            {query.after && (
              <Button asChild variant="outline" size="sm">
                <Link href={oauthAppsHref(query, { after: "" })}>First page</Link>
              </Button>
            )}
            {result.next && (
              <Button asChild variant="outline" size="sm">
                <Link href={oauthAppsHref(query, { after: result.next })}>Next page</Link>
              </Button>
            )}
          </nav>
        </>
      ) : narrowed ? (
        <EmptyState
          icon={<AppWindowIcon />}
          title="No OAuth apps match"
          description="Try another search."
          action={
            <Button asChild variant="outline">
              <Link href="/oauth-apps">Clear search</Link>
            </Button>
          }
        />
      ) : (
        <EmptyState
          icon={<AppWindowIcon />}
          title="No OAuth apps yet"
          description={canWrite ? "Register your console with a provider (Salesforce, Google…) and add the app here, so users can connect their profiles." : "An administrator has not added any OAuth apps yet."}
          action={newButton}
        />
      )}
    </>
  );
}
