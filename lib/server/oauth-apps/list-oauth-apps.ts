import "server-only";
// Two reads of the organisation's OAuth apps, both O(batch) at any size:
//  - every app, batch by batch by keyset on id (HDP's GET /oauthapps has no paging: the dialect
//    streams the batches into one JSON document);
//  - the console's list: search and sort, one page at a time by keyset cursor.
import type { OAuthAppDto, OAuthAppListQuery } from "@/lib/schemas/oauth-apps";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, Prisma } from "@/lib/server/db/client";
import { containsPattern } from "@/lib/server/pagination/like";
import { keysetBatches } from "@/lib/server/pagination/stream";
import { decodeCursor, encodeCursor, keysetClause, keysetOrder, type KeysetSort } from "@/lib/server/keyset-cursor";
import { OAUTH_APP_COLUMNS, OAUTH_APP_RESOURCE, toOAuthAppDto, type OAuthAppRow } from "./oauth-app-dto";

export const OAUTH_APPS_PAGE_SIZE = 25;

/** Every app of the organisation, in id order, in keyset batches. Checks permission before the first batch. */
export async function listAllOAuthApps(actor: Actor, context: RequestContext): Promise<AsyncGenerator<OAuthAppDto[]>> {
  await requirePermission(actor, "oauthApp.read", context, { type: OAUTH_APP_RESOURCE });
  const organizationId = actor.organizationId;
  return keysetBatches(
    async (after: number | null, limit) =>
      (
        await db.$queryRaw<OAuthAppRow[]>`
          SELECT ${OAUTH_APP_COLUMNS} FROM oauth_apps a
           WHERE a.organization_id = ${organizationId}::uuid AND a.id > ${after ?? 0}
           ORDER BY a.id LIMIT ${limit}`
      ).map(toOAuthAppDto),
    (app) => app.id,
  );
}

const NAME = [
  { sql: Prisma.sql`a.name`, type: "string" as const },
  { sql: Prisma.sql`a.id`, type: "number" as const },
];
const ID = [{ sql: Prisma.sql`a.id`, type: "number" as const }];
const SORTS: Record<OAuthAppListQuery["sort"], KeysetSort<OAuthAppRow>> = {
  name: { direction: "asc", columns: NAME, key: (r) => [r.name, r.id] },
  "-name": { direction: "desc", columns: NAME, key: (r) => [r.name, r.id] },
  created: { direction: "asc", columns: ID, key: (r) => [r.id] },
  "-created": { direction: "desc", columns: ID, key: (r) => [r.id] },
};

/** The console's list: one page after the cursor, and the cursor of the next page (null at the end). */
export async function searchOAuthApps(actor: Actor, query: OAuthAppListQuery, context: RequestContext): Promise<{ items: OAuthAppDto[]; next: string | null }> {
  await requirePermission(actor, "oauthApp.read", context, { type: OAUTH_APP_RESOURCE });
  const sort = SORTS[query.sort];
  const filters = [Prisma.sql`a.organization_id = ${actor.organizationId}::uuid`];
  if (query.q) filters.push(Prisma.sql`(a.name ILIKE ${containsPattern(query.q)} OR a.description ILIKE ${containsPattern(query.q)})`);
  const cursor = decodeCursor(query.after, sort);
  if (cursor) filters.push(keysetClause(sort, cursor));
  const rows = await db.$queryRaw<OAuthAppRow[]>`
    SELECT ${OAUTH_APP_COLUMNS} FROM oauth_apps a
     WHERE ${Prisma.join(filters, " AND ")}
     ORDER BY ${keysetOrder(sort)}
     LIMIT ${OAUTH_APPS_PAGE_SIZE + 1}`;
  const items = rows.slice(0, OAUTH_APPS_PAGE_SIZE);
  return { items: items.map(toOAuthAppDto), next: rows.length > OAUTH_APPS_PAGE_SIZE ? encodeCursor(sort.key(items[items.length - 1])) : null };
}

