import { CableIcon, PlusIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { ConnectionsTable } from "@/components/connections/connections-table";
import { DataTableFilters } from "@/components/data-table/data-table-filters";
import { expiresBeforeFilter } from "@/components/data-table/expires-column";
import { listProps } from "@/components/data-table/list-props";
import { NoMatches } from "@/components/data-table/no-matches";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SECTION_HEADERS } from "@/components/shell/section-headers";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { AUTH_CONFIG_TYPES, AUTH_TYPE_LABELS } from "@/lib/schemas/apps";
import { connectionListQuerySchema } from "@/lib/schemas/connections";
import { firstValues } from "@/lib/search-params";
import { listUsableApps } from "@/lib/server/apps/list-usable-apps";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { searchConnections } from "@/lib/server/connections/search-connections";
import { noticeMessage } from "@/lib/notices";

export const metadata = { title: "Connections" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const AUTH_TYPE_OPTIONS = AUTH_CONFIG_TYPES.map((t) => ({ value: t, label: AUTH_TYPE_LABELS[t] }));

export default async function ConnectionsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const params = firstValues(await searchParams);
  const query = connectionListQuerySchema.parse(params);
  const context = await requestContext();
  const [apps, result] = await Promise.all([listUsableApps(actor, context), searchConnections(actor, query, context)]);
  const canWrite = can(actor.role, "connection.write");
  const filtered = Boolean(query.q || query.appId || query.authType || query.expiresBefore);
  const newButton = canWrite && (
    <Button asChild>
      <Link href="/connections/new">
        <PlusIcon aria-hidden />
        New connection
      </Link>
    </Button>
  );
  const appOptions = [...apps.own, ...apps.catalogue].map((a) => ({ value: a.id, label: a.public ? `${a.name} (catalogue)` : a.name }));

  return (
    <>
      <PageHeader {...SECTION_HEADERS.connections} actions={newButton} />
      {params.oauthError && (
        <p role="alert" className="mb-4 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm break-words text-destructive">
          The connection was not made: {noticeMessage(params.oauthError)}
        </p>
      )}
      {result.total === 0 && !filtered ? (
        <EmptyState
          icon={<CableIcon />}
          title="No connections yet"
          description={canWrite ? "Connect an app with an API key, basic auth or OAuth." : "An administrator has not connected any app yet."}
          action={newButton}
        />
      ) : (
        <ConnectionsTable
          {...listProps(result)}
          sort={query.sort}
          canDelete={canWrite}
          toolbar={
            <DataTableFilters
              label="Connections"
              id="connection"
              search={{ placeholder: "Name" }}
              selects={[
                { key: "appId", label: "App", any: "All apps", options: appOptions, width: "w-48" },
                { key: "authType", label: "Auth type", any: "All auth types", options: AUTH_TYPE_OPTIONS, width: "w-44" },
                expiresBeforeFilter(),
              ]}
            />
          }
          empty={<NoMatches icon={<CableIcon />} noun="connections" total={result.total} href="/connections" />}
        />
      )}
    </>
  );
}
