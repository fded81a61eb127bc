import "server-only";
// Two reads of the organisation's OAuth apps, both O(batch) at any size:
//  - every app, batch by batch by keyset on id (HDP's GET /oauthapps has no paging: the dialect
//    streams the batches into one JSON document);
//  - the console's list: search, filter and sort, numbered pages by keyset (lib/server/pagination).
import type { OAuthAppDto, OAuthAppListQuery } from "@/lib/schemas/oauth-apps";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, Prisma } from "@/lib/server/db/client";
import { param, prepared } from "@/lib/server/db/prepared";
import { col, keysetPage, sortBoth, type Page, type SortOrder } from "@/lib/server/pagination/keyset-page";
import { containsPattern } from "@/lib/server/pagination/like";
import { keysetBatches } from "@/lib/server/pagination/stream";
import { OAUTH_APP_COLUMNS, OAUTH_APP_RESOURCE, toOAuthAppDto, type OAuthAppRow } from "./oauth-app-dto";

export const OAUTH_APPS_PAGE_SIZE = 25;

// HDP's unpaged list, batch by batch as a named statement on the prepared pool (lib/server/db/prepared.ts).
const oauthAppsAfter = prepared<OAuthAppRow, { organizationId: string; after: number; limit: number }>(
  Prisma.sql`SELECT ${OAUTH_APP_COLUMNS} FROM oauth_apps a
              WHERE a.organization_id = ${param("organizationId")}::uuid AND a.id > ${param("after")}
              ORDER BY a.id LIMIT ${param("limit")}`,
);

/** Every app of the organisation, in id order, in keyset batches. Checks permission before the first batch. */
export async function listAllOAuthApps(actor: Actor, context: RequestContext): Promise<AsyncGenerator<OAuthAppDto[]>> {
  await requirePermission(actor, "oauthApp.read", context, { type: OAUTH_APP_RESOURCE });
  const organizationId = actor.organizationId;
  return keysetBatches(
    async (after: number | null, limit) => (await oauthAppsAfter({ organizationId, after: after ?? 0, limit })).map(toOAuthAppDto),
    (app) => app.id,
  );
}

/**
 * The apps matching the console list's filter, in id order, in keyset batches (HDP's unpaged
 * list, and the list's CSV export: no row cap, the DTO carries no secret).
 */
export async function exportOAuthApps(actor: Actor, query: Pick<OAuthAppListQuery, "q" | "dataStore"> & Partial<Pick<OAuthAppListQuery, "expiresBefore">>, context: RequestContext): Promise<AsyncGenerator<OAuthAppDto[]>> {
  await requirePermission(actor, "oauthApp.read", context, { type: OAUTH_APP_RESOURCE });
  const where = filters(actor, query);
  return keysetBatches(
    async (after: number | null, limit) =>
      (
        await db.$queryRaw<OAuthAppRow[]>`
          SELECT ${OAUTH_APP_COLUMNS} FROM oauth_apps a
           WHERE ${Prisma.join(where, " AND ")} AND a.id > ${after ?? 0}
           ORDER BY a.id LIMIT ${limit}`
      ).map(toOAuthAppDto),
    (app) => app.id,
  );
}

function filters(actor: Actor, query: Pick<OAuthAppListQuery, "q" | "dataStore"> & Partial<Pick<OAuthAppListQuery, "expiresBefore">>): Prisma.Sql[] {
  const where = [Prisma.sql`a.organization_id = ${actor.organizationId}::uuid`];
  if (query.q) where.push(Prisma.sql`(a.name ILIKE ${containsPattern(query.q)} OR a.description ILIKE ${containsPattern(query.q)})`);
  if (query.dataStore) where.push(Prisma.sql`a.data_store = ${query.dataStore}`);
  if (query.expiresBefore) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM secrets s WHERE s.resource_type = ${OAUTH_APP_RESOURCE} AND s.resource_id = a.id::text
                                     AND s.expires_at < ${new Date(`${query.expiresBefore}T00:00:00Z`)})`);
  }
  return where;
}

// One index per order (organization_id, [filter], sort columns…, id); see the list_indexes_console migration.
const id = col(Prisma.sql`a.id`, "id", "int");
const name = col(Prisma.sql`a.name`, "name", "text");
const dataStore = col(Prisma.sql`a.data_store`, "data_store", "int");
const ORDER: Record<OAuthAppListQuery["sort"], SortOrder> = {
  ...sortBoth("name", [name, id]),
  ...sortBoth("created", [id]),
  ...sortBoth("dataStore", [dataStore, name, id]),
};

/** The console's list: search, data store filter, sort and a page (by number, with its cursor when it has one). */
export async function searchOAuthApps(actor: Actor, query: OAuthAppListQuery, context: RequestContext): Promise<Page<OAuthAppDto>> {
  await requirePermission(actor, "oauthApp.read", context, { type: OAUTH_APP_RESOURCE });
  const page = await keysetPage<OAuthAppRow>({
    select: OAUTH_APP_COLUMNS,
    from: Prisma.sql`oauth_apps a`,
    where: filters(actor, query),
    order: ORDER[query.sort],
    request: { page: query.page, cursor: query.cursor, size: query.size ?? OAUTH_APPS_PAGE_SIZE },
  });
  return { ...page, items: page.items.map(toOAuthAppDto) };
}
