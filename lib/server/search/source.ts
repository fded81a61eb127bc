import "server-only";
// What one section of the ⌘K palette gives the search (search-console.ts gathers them).
import type { Permission } from "@/lib/permissions";
import type { SearchHit } from "@/lib/schemas/search";
import type { Actor } from "@/lib/server/auth/actor";

/** Hits shown per section. */
export const LIMIT = 5;
/** Hits a source returns: one more than shown tells that there are more. */
export const TAKE = LIMIT + 1;

export type Source = {
  id: string;
  label: string;
  permission: Permission;
  /** The section's list; "see all" opens it searched for the query (`?q=`). */
  listHref: string;
  /** At most `TAKE` hits, by name, in the caller's organisation. */
  search: (actor: Actor, q: string) => Promise<SearchHit[]>;
};

/** A case-insensitive substring filter on one column. */
export const contains = (q: string) => ({ contains: q, mode: "insensitive" as const });
