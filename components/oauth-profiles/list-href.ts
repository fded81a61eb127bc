// The OAuth profile list's URL: search, owner, app filter, sort and the page cursor.
import type { OAuthProfileListQuery } from "@/lib/schemas/oauth-profiles";

export function oauthProfilesHref(query: OAuthProfileListQuery, changes: Partial<OAuthProfileListQuery> = {}): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.owner) params.set("owner", next.owner);
  if (next.app) params.set("app", String(next.app));
  if (next.sort !== "name") params.set("sort", next.sort);
  if (next.after) params.set("after", next.after);
  const search = params.toString();
  return search ? `/oauth-profiles?${search}` : "/oauth-profiles";
}

/** A profile's page; `owner` (an admin looking at someone else's) travels along. */
export const profileHref = (id: number, ownerEmail?: string | null) => (ownerEmail ? `/oauth-profiles/${id}?owner=${encodeURIComponent(ownerEmail)}` : `/oauth-profiles/${id}`);
