// The OAuth app list's URL: search, sort and the page cursor live in the query string.
import type { OAuthAppListQuery } from "@/lib/schemas/oauth-apps";

export function oauthAppsHref(query: OAuthAppListQuery, changes: Partial<OAuthAppListQuery> = {}): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.sort !== "name") params.set("sort", next.sort);
  if (next.after) params.set("after", next.after);
  const search = params.toString();
  return search ? `/oauth-apps?${search}` : "/oauth-apps";
}
