// The list's URL: every search, filter, sort and page lives in the query string, defaults left
// out, so any view can be bookmarked, shared and reloaded.
import type { IntegrationListQuery } from "@/lib/schemas/integrations";

export function listHref(query: IntegrationListQuery, changes: Partial<IntegrationListQuery> = {}): string {
  // A cursor belongs to one page of one view: kept only when the change passes it along.
  const next = { ...query, cursor: "", ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.template) params.set("template", next.template);
  if (next.authType) params.set("authType", next.authType);
  if (next.sort !== "name") params.set("sort", next.sort);
  if (next.page > 1) params.set("page", String(next.page));
  if (next.cursor) params.set("cursor", next.cursor);
  const search = params.toString();
  return search ? `/integrations?${search}` : "/integrations";
}

/** Next.js hands repeated parameters over as arrays; the list reads the first of each. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}
