import type { AuditEventDto, Json } from "@/lib/schemas/audit";

// Snapshots are DTOs written through the audit redactor, so they never hold a secret value.
function Snapshot({ label, value }: { label: string; value: Json }) {
  return (
    <figure className="min-w-0 space-y-1">
      <figcaption className="text-xs font-medium text-muted-foreground">{label}</figcaption>
      {value === null ? (
        <p className="text-sm text-muted-foreground">None</p>
      ) : (
        <pre className="max-h-80 overflow-auto rounded-md bg-muted p-3 font-mono text-xs whitespace-pre-wrap break-all">{JSON.stringify(value, null, 2)}</pre>
      )}
    </figure>
  );
}

export function AuditEventDetails({ event }: { event: AuditEventDto }) {
  const facts: [string, string | null][] = [
    ["Event", event.id],
    ["Detail", event.detail],
    ["Actor ID", event.actorId],
    ["IP address", event.ip],
    [event.untrusted?.requestId ? "Request ID (sent by the caller, unverified)" : "Request ID", event.requestId],
    ["X-Forwarded-For (sent by the caller, unverified)", event.untrusted?.forwardedFor ?? null],
    ["X-Real-IP (sent by the caller, unverified)", event.untrusted?.realIp ?? null],
  ];
  return (
    <div className="space-y-4 py-2 whitespace-normal">
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {facts
          .filter(([, value]) => value)
          .map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="text-muted-foreground">{term}</dt>
              <dd className="min-w-0 font-mono text-xs leading-5 break-all">{value}</dd>
            </div>
          ))}
      </dl>
      {(event.before !== null || event.after !== null) && (
        <div className="grid gap-4 lg:grid-cols-2">
          <Snapshot label="Before" value={event.before} />
          <Snapshot label="After" value={event.after} />
        </div>
      )}
    </div>
  );
}
