// The audit log's URL: filters and page position live in the query string, so any view can be
// bookmarked, shared with a colleague and reloaded.
import type { AuditFilters } from "@/lib/schemas/audit";
import { AUDIT_FILTER_KEYS, type AuditFilterKey } from "@/lib/schemas/audit-constants";

/** Filters as text, the way the URL and the filter form hold them. */
export type AuditFilterValues = Partial<Record<AuditFilterKey, string>>;

// Minute precision reads better in the URL and fills a datetime-local input; it is used only
// where it names exactly the same instant (`to` is widened to the end of its minute on parsing).
function timeText(date: Date, bound: "from" | "to"): string {
  const iso = date.toISOString();
  if (bound === "from" && iso.endsWith(":00.000Z")) return iso.slice(0, 16);
  if (bound === "to" && iso.endsWith(":59.999Z")) return iso.slice(0, 16);
  return iso;
}

export function filterValues(filters: AuditFilters): AuditFilterValues {
  const values: AuditFilterValues = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = filters[key];
    if (value instanceof Date) values[key] = timeText(value, key === "from" ? "from" : "to");
    else if (value) values[key] = value;
  }
  return values;
}

export function auditHref(values: AuditFilterValues, page: { before?: string | null; after?: string | null } = {}): string {
  const params = new URLSearchParams();
  for (const key of AUDIT_FILTER_KEYS) {
    const value = values[key];
    if (value) params.set(key, value);
  }
  if (page.before) params.set("before", page.before);
  else if (page.after) params.set("after", page.after);
  const search = params.toString();
  return search ? `/audit?${search}` : "/audit";
}
