import "server-only";
// Two reads of profiles, both O(batch) at any size:
//  - HDP's GET /oauthprofiles (no paging): every profile of one owner, batch by batch by keyset
//    on id, streamed by the dialect into one JSON document;
//  - the console's list: mine, one member's or (admins) everyone's, searched and sorted, one page
//    at a time by keyset (lib/server/pagination).
import type { OAuthProfileDto, OAuthProfileListQuery } from "@/lib/schemas/oauth-profiles";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { Prisma } from "@/lib/server/db/client";
import { param, prepared } from "@/lib/server/db/prepared";
import { col, keysetPage, sortBoth, type Page, type SortOrder } from "@/lib/server/pagination/keyset-page";
import { containsPattern } from "@/lib/server/pagination/like";
import { keysetBatches } from "@/lib/server/pagination/stream";
import { OAUTH_PROFILE_COLUMNS, OAUTH_PROFILE_FROM, OAUTH_PROFILE_SELECT, toOAuthProfileDto, type OAuthProfileRow } from "./oauth-profile-dto";
import { resolveProfileOwner, type ProfileScope } from "./profile-owner";

export const OAUTH_PROFILES_PAGE_SIZE = 25;

// HDP's unpaged list, batch by batch as a named statement on the prepared pool (lib/server/db/prepared.ts).
const ownersProfilesAfter = prepared<OAuthProfileRow, { organizationId: string; ownerId: string; after: number; limit: number }>(
  Prisma.sql`${OAUTH_PROFILE_SELECT}
   WHERE p.organization_id = ${param("organizationId")}::uuid AND p.owner_id = ${param("ownerId")}::uuid AND p.id > ${param("after")}
   ORDER BY p.id LIMIT ${param("limit")}`,
);

/** Every profile of the caller (or of `?user=`), in id order, in keyset batches. Permission is checked before the first batch. */
export async function listAllOAuthProfiles(actor: Actor, scope: ProfileScope, context: RequestContext): Promise<AsyncGenerator<OAuthProfileDto[]>> {
  const owner = await resolveProfileOwner(actor, { user: scope.user }, context);
  const organizationId = actor.organizationId;
  const ownerId = owner.ownerId ?? actor.userId;
  return keysetBatches(
    async (after: number | null, limit) => (await ownersProfilesAfter({ organizationId, ownerId, after: after ?? 0, limit })).map(toOAuthProfileDto),
    (profile) => profile.id,
  );
}

// Indexes: (organization_id, [owner_id], name, id) and (organization_id, [owner_id], id).
const id = col(Prisma.sql`p.id`, "id", "int");
const name = col(Prisma.sql`p.name`, "name", "text");
const ORDER: Record<OAuthProfileListQuery["sort"], SortOrder> = {
  ...sortBoth("name", [name, id]),
  ...sortBoth("created", [id]),
};

/** `owner`: "" = mine, "all" = every member's (admins), or a member's email (admins). */
export const scopeForOwnerFilter = (owner: string): ProfileScope => (owner === "all" ? { anyOwner: true } : owner ? { user: owner } : {});

export async function searchOAuthProfiles(actor: Actor, query: OAuthProfileListQuery, context: RequestContext): Promise<Page<OAuthProfileDto>> {
  const owner = await resolveProfileOwner(actor, scopeForOwnerFilter(query.owner), context);
  const where = [Prisma.sql`p.organization_id = ${actor.organizationId}::uuid`];
  if (owner.ownerId) where.push(Prisma.sql`p.owner_id = ${owner.ownerId}::uuid`);
  if (query.app) where.push(Prisma.sql`p.oauth_app_id = ${query.app}`);
  if (query.q) where.push(Prisma.sql`(p.name ILIKE ${containsPattern(query.q)} OR p.description ILIKE ${containsPattern(query.q)})`);
  const page = await keysetPage<OAuthProfileRow>({
    select: OAUTH_PROFILE_COLUMNS,
    from: OAUTH_PROFILE_FROM,
    where,
    order: ORDER[query.sort],
    request: { page: query.page, cursor: query.cursor, size: query.size ?? OAUTH_PROFILES_PAGE_SIZE },
  });
  return { ...page, items: page.items.map(toOAuthProfileDto) };
}
