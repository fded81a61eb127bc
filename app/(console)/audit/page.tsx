import { ScrollTextIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditHeadStatus, type AuditHeadView } from "@/components/audit/audit-head-status";
import { auditHref, filterValues } from "@/components/audit/audit-href";
import { AuditPagination } from "@/components/audit/audit-pagination";
import { AuditTable } from "@/components/audit/audit-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SECTION_HEADERS } from "@/components/shell/section-headers";
import { PageHeader } from "@/components/ui/page-header";
import { auditRangeError, parseAuditFilters } from "@/lib/schemas/audit";
import { getAuditHeadStatus } from "@/lib/server/audit/get-audit-head-status";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { describeHead } from "@/lib/server/audit/verify-audit-chain";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";

export const metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The section's layout has checked audit.read.
export default async function AuditPage({ searchParams }: Props) {
  const actor = await requireActor();
  const params = await searchParams;
  // Malformed parameters are dropped by the schema, never an error page. The service parses the
  // raw parameters itself (parsing twice would drop the dates).
  const filters = parseAuditFilters(params);
  const rangeError = auditRangeError(filters);
  const context = await requestContext();
  const [{ events, newerCursor, olderCursor }, headState] = await Promise.all([
    rangeError ? { events: [], newerCursor: null, olderCursor: null } : listAuditEvents(actor, params, context),
    getAuditHeadStatus(actor, context),
  ]);
  const head: AuditHeadView = headState.state === "intact" ? { intact: true, signedAt: headState.signedAt.toISOString() } : { intact: false, problem: describeHead(headState) };
  const values = filterValues(filters);
  const filtered = Object.keys(values).length > 0;
  const paged = Boolean(filters.before || filters.after);

  return (
    <>
      <PageHeader {...SECTION_HEADERS.audit} />
      <AuditHeadStatus head={head} />
      <AuditTable
        events={events}
        // Keyed: "Clear", links and back/forward re-mount it with the URL's values.
        toolbar={<AuditFilters key={JSON.stringify(values)} values={values} rangeError={rangeError} />}
        pager={
          <AuditPagination
            className="mt-4"
            newestHref={paged ? auditHref(values) : null}
            newerHref={newerCursor ? auditHref(values, { after: newerCursor }) : null}
            olderHref={olderCursor ? auditHref(values, { before: olderCursor }) : null}
          />
        }
        empty={
          <EmptyState
            icon={<ScrollTextIcon />}
            title={rangeError ? "Check the time range" : filtered ? "No events match these filters" : paged ? "No more events" : "No audit events yet"}
            description={
              rangeError
                ? rangeError
                : filtered
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
        }
      />
    </>
  );
}
