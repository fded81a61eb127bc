import { z } from "zod";

// Audit log filters. They arrive as URL search params, which anyone can edit by hand, so every
// field is lenient: a malformed value is dropped (and the filter not applied) rather than
// turned into an error page.
export const AUDIT_PAGE_SIZE = 50;
import { AUDIT_OUTCOMES } from "./audit-constants";

export { AUDIT_FILTER_KEYS, AUDIT_OUTCOMES, AUDIT_RESOURCE_TYPES, resourceTypeLabel, type AuditFilterKey, type AuditOutcome } from "./audit-constants";

/** A search param may repeat (`?a=1&a=2`); the first value wins. */
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const text = (max: number) =>
  z
    .preprocess(first, z.string().trim().max(max))
    .transform((value) => value || undefined)
    .optional()
    .catch(undefined);

// Times without an offset are UTC, as the page shows them. `to` is inclusive: a bare date
// means the whole day and a time without seconds means the whole minute.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Length of a zone-less value → how far its inclusive end lies past its start (ms). */
const WIDEN_TO: Record<number, number> = { 10: 86_400_000, 16: 60_000, 19: 1000 };

function toInstant(value: string, bound: "from" | "to"): Date | undefined {
  if (!DATE_TIME.test(value)) return undefined;
  const hasZone = /(Z|[+-]\d{2}:\d{2})$/.test(value);
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : hasZone ? value : `${value}Z`);
  if (Number.isNaN(date.getTime())) return undefined;
  if (bound === "from" || hasZone) return date;
  return new Date(date.getTime() + (WIDEN_TO[value.length] ?? 1) - 1);
}

const instant = (bound: "from" | "to") =>
  z
    .preprocess(first, z.string().trim().max(40))
    .transform((value) => toInstant(value, bound))
    .optional()
    .catch(undefined);

/** An audit event id (a bigint) as decimal text. */
const cursor = z
  .preprocess(first, z.string().regex(/^[1-9]\d{0,18}$/))
  .optional()
  .catch(undefined);

export const auditFiltersSchema = z.object({
  /** Part of the actor's email (case-insensitive). */
  actor: text(320),
  /** An exact action ("user.create") or a prefix ending in "*" or "." ("user.*"). */
  action: text(100),
  resourceType: text(64),
  resourceId: text(200),
  outcome: z.preprocess(first, z.enum(AUDIT_OUTCOMES)).optional().catch(undefined),
  from: instant("from"),
  to: instant("to"),
  /** Keyset pagination: events older than this id, or newer than this one. */
  before: cursor,
  after: cursor,
});
export type AuditFilters = z.output<typeof auditFiltersSchema>;

/** `to` before `from`: the form says so instead of listing nothing. */
export const auditRangeError = (f: Pick<AuditFilters, "from" | "to">) =>
  f.from && f.to && f.to.getTime() < f.from.getTime() ? "To must be the same as or after From" : null;

/** Never throws: whatever the URL holds, the result is a valid (possibly empty) filter set. */
export function parseAuditFilters(params: Record<string, string | string[] | undefined> | URLSearchParams): AuditFilters {
  const record = params instanceof URLSearchParams ? Object.fromEntries(params) : params;
  return auditFiltersSchema.parse(record);
}

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export type AuditEventDto = {
  id: string;
  createdAt: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  outcome: string;
  resourceType: string;
  resourceId: string | null;
  /** The resource's name when the event happened. */
  resourceName: string | null;
  /** Its console page, when it still exists (the list fills it in; null in exports). */
  resourceHref: string | null;
  before: Json;
  after: Json;
  detail: string | null;
  requestId: string | null;
  ip: string | null;
  /** What the caller sent about itself that no trusted proxy vouched for (request id, forwarded addresses), as given. */
  untrusted: { requestId?: string; forwardedFor?: string; realIp?: string } | null;
};

/** One line of a resource's recent trail on its detail page. */
export type ResourceEventDto = {
  id: string;
  action: string;
  outcome: string;
  actorLabel: string;
  createdAt: string;
  /** Present only for roles with "audit.read". */
  details?: { detail: string | null; before: unknown; after: unknown; requestId: string | null };
};

export type AuditEventPage = {
  events: AuditEventDto[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  olderCursor: string | null;
  /** Pass as `after` for the previous (newer) page; null on the first page. */
  newerCursor: string | null;
};
