import "server-only";
// Two reads of profiles, both O(batch) at any size:
//  - HDP's GET /oauthprofiles (no paging): every profile of one owner, batch by batch by keyset
//    on id, streamed by the dialect into one JSON document;
//  - the console's list: mine, one member's or (admins) everyone's, searched and sorted, one page
//    at a time by keyset cursor.
import type { OAuthProfileDto, OAuthProfileListQuery } from "@/lib/schemas/oauth-profiles";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { db, Prisma } from "@/lib/server/db/client";
import { decodeCursor, encodeCursor, keysetClause, keysetOrder, type KeysetSort } from "@/lib/server/keyset-cursor";
import { containsPattern } from "@/lib/server/pagination/like";
import { keysetBatches } from "@/lib/server/pagination/stream";
import { OAUTH_PROFILE_SELECT, toOAuthProfileDto, type OAuthProfileRow } from "./oauth-profile-dto";
import { resolveProfileOwner, type ProfileScope } from "./profile-owner";

export const OAUTH_PROFILES_PAGE_SIZE = 25;

/** Every profile of the caller (or of `?user=`), in id order, in keyset batches. Permission is checked before the first batch. */
export async function listAllOAuthProfiles(actor: Actor, scope: ProfileScope, context: RequestContext): Promise<AsyncGenerator<OAuthProfileDto[]>> {
  const owner = await resolveProfileOwner(actor, { user: scope.user }, context);
  const organizationId = actor.organizationId;
  const ownerId = owner.ownerId ?? actor.userId;
  return keysetBatches(
    async (after: number | null, limit) =>
      (
        await db.$queryRaw<OAuthProfileRow[]>`${OAUTH_PROFILE_SELECT}
          WHERE p.organization_id = ${organizationId}::uuid AND p.owner_id = ${ownerId}::uuid AND p.id > ${after ?? 0}
          ORDER BY p.id LIMIT ${limit}`
      ).map(toOAuthProfileDto),
    (profile) => profile.id,
  );
}

const NAME = [
  { sql: Prisma.sql`p.name`, type: "string" as const },
  { sql: Prisma.sql`p.id`, type: "number" as const },
];
const ID = [{ sql: Prisma.sql`p.id`, type: "number" as const }];
const SORTS: Record<OAuthProfileListQuery["sort"], KeysetSort<OAuthProfileRow>> = {
  name: { direction: "asc", columns: NAME, key: (r) => [r.name, r.id] },
  "-name": { direction: "desc", columns: NAME, key: (r) => [r.name, r.id] },
  created: { direction: "asc", columns: ID, key: (r) => [r.id] },
  "-created": { direction: "desc", columns: ID, key: (r) => [r.id] },
};

/** `owner`: "" = mine, "all" = every member's (admins), or a member's email (admins). */
export const scopeForOwnerFilter = (owner: string): ProfileScope => (owner === "all" ? { anyOwner: true } : owner ? { user: owner } : {});

export async function searchOAuthProfiles(
  actor: Actor,
  query: OAuthProfileListQuery,
  context: RequestContext,
): Promise<{ items: OAuthProfileDto[]; next: string | null }> {
  const owner = await resolveProfileOwner(actor, scopeForOwnerFilter(query.owner), context);
  const sort = SORTS[query.sort];
  const filters = [Prisma.sql`p.organization_id = ${actor.organizationId}::uuid`];
  if (owner.ownerId) filters.push(Prisma.sql`p.owner_id = ${owner.ownerId}::uuid`);
  if (query.app) filters.push(Prisma.sql`p.oauth_app_id = ${query.app}`);
  if (query.q) filters.push(Prisma.sql`(p.name ILIKE ${containsPattern(query.q)} OR p.description ILIKE ${containsPattern(query.q)})`);
  const cursor = decodeCursor(query.after, sort);
  if (cursor) filters.push(keysetClause(sort, cursor));
  const rows = await db.$queryRaw<OAuthProfileRow[]>`${OAUTH_PROFILE_SELECT}
    WHERE ${Prisma.join(filters, " AND ")}
    ORDER BY ${keysetOrder(sort)}
    LIMIT ${OAUTH_PROFILES_PAGE_SIZE + 1}`;
  const items = rows.slice(0, OAUTH_PROFILES_PAGE_SIZE);
  return { items: items.map(toOAuthProfileDto), next: rows.length > OAUTH_PROFILES_PAGE_SIZE ? encodeCursor(sort.key(items[items.length - 1])) : null };
}
