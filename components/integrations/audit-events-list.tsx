import { Badge } from "@/components/ui/badge";
import type { ResourceEventDto } from "@/lib/schemas/audit";
import { describeChanges } from "./audit-changes";
import { formatDateTime, formatRelative } from "@/lib/format";
import { actionLabel } from "@/lib/action-labels";


const OUTCOME_BADGE = { success: "secondary", failure: "warning", denied: "destructive" } as const;

/**
 * Recent events for one integration. `details` (snapshots and free text) is only in the DTO for
 * roles allowed to read the audit log; others see who did what, when.
 */
export function AuditEventsList({ events, labelOf }: { events: ResourceEventDto[]; labelOf: (key: string) => string }) {
  if (events.length === 0) return <p className="text-sm text-muted-foreground">No recorded activity.</p>;
  return (
    <ol className="space-y-3 text-sm" data-testid="integration-audit-events">
      {events.map((event) => {
        const changes = event.details ? describeChanges(event.details.before, event.details.after, labelOf) : [];
        return (
          <li key={event.id} className="space-y-1 border-l-2 pl-3">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{actionLabel(event.action)}</span>
              {event.outcome !== "success" && (
                <Badge variant={OUTCOME_BADGE[event.outcome as keyof typeof OUTCOME_BADGE] ?? "outline"}>{event.outcome}</Badge>
              )}
              <span className="text-muted-foreground">by {event.actorLabel}</span>
              <time className="text-muted-foreground" dateTime={event.createdAt} title={formatDateTime(event.createdAt)}>
                {formatRelative(event.createdAt)}
              </time>
            </div>
            {event.details?.detail && <p className="text-muted-foreground [overflow-wrap:anywhere]">{event.details.detail}</p>}
            {changes.length > 0 && (
              <ul className="space-y-0.5 font-mono text-xs text-muted-foreground">
                {changes.map((line) => (
                  <li key={line} className="break-all">
                    {line}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
