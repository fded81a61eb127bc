import { ScrollTextIcon } from "lucide-react";
import Link from "next/link";
import { AuditFilters } from "@/components/audit/audit-filters";
import { auditHref, filterValues } from "@/components/audit/audit-href";
import { AuditPagination } from "@/components/audit/audit-pagination";
import { AuditTable } from "@/components/audit/audit-table";
import { Forbidden } from "@/components/shell/forbidden";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { parseAuditFilters } from "@/lib/schemas/audit";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { pageAllowed, requestContext, requireActor } from "@/lib/server/auth/page-auth";

export const metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!(await pageAllowed(actor, "audit.read"))) return <Forbidden what="the audit log" />;
  // Malformed parameters are dropped by the schema, never an error page.
  const filters = parseAuditFilters(await searchParams);
  const { events, newerCursor, olderCursor } = await listAuditEvents(actor, filters, await requestContext());
  const values = filterValues(filters);
  const filtered = Object.keys(values).length > 0;
  const paged = Boolean(filters.before || filters.after);

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change and refused request in this organisation, newest first. Times are UTC."
      />
      {/* Keyed: "Clear", links and back/forward re-mount it with the URL's values. */}
      <AuditFilters key={JSON.stringify(values)} values={values} />
      {events.length > 0 ? (
        <>
          <AuditTable events={events} />
          <AuditPagination
            className="mt-4"
            newestHref={paged ? auditHref(values) : null}
            newerHref={newerCursor ? auditHref(values, { after: newerCursor }) : null}
            olderHref={olderCursor ? auditHref(values, { before: olderCursor }) : null}
          />
        </>
      ) : (
        <EmptyState
          icon={<ScrollTextIcon />}
          title={filtered ? "No events match these filters" : paged ? "No more events" : "No audit events yet"}
          description={
            filtered
              ? "Try a wider time range, a shorter actor or an action prefix such as user.*"
              : paged
                ? "There is nothing beyond this point."
                : "Changes and refused requests in this organisation will be listed here."
          }
          action={
            (filtered || paged) && (
              <Button asChild variant="outline">
                <Link href="/audit">{filtered ? "Clear filters" : "Newest events"}</Link>
              </Button>
            )
          }
        />
      )}
    </>
  );
}
