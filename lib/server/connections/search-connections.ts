import "server-only";
// The console's Connections list: search, app and auth type filters, sort, numbered pages by
// keyset (lib/server/pagination) — and the same filter as a CSV export, in batches.
import type { ConnectionDto, ConnectionListQuery } from "@/lib/schemas/connections";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, Prisma } from "@/lib/server/db/client";
import { col, inPageOrder, keysetPage, sortBoth, type Page, type SortOrder } from "@/lib/server/pagination/keyset-page";
import { containsPattern } from "@/lib/server/pagination/like";
import { keysetBatches } from "@/lib/server/pagination/stream";
import { CONNECTION_RESOURCE, toConnectionDtos } from "./connection-dto";

export const CONNECTIONS_PAGE_SIZE = 25;

// Indexes (organization_id, [app_id | auth_type], sort columns…, id).
const id = col(Prisma.sql`c.id`, "id", "uuid");
const name = col(Prisma.sql`c.name`, "name", "text");
const created = col(Prisma.sql`c.created_at`, "createdAt", "timestamptz");
const updated = col(Prisma.sql`c.updated_at`, "updatedAt", "timestamptz");
const authType = col(Prisma.sql`c.auth_type`, "authType", "text");
const ORDER: Record<ConnectionListQuery["sort"], SortOrder> = {
  ...sortBoth("name", [name, id]),
  ...sortBoth("created", [created, id]),
  ...sortBoth("updated", [updated, id]),
  ...sortBoth("authType", [authType, name, id]),
};

type Filter = Pick<ConnectionListQuery, "q" | "appId" | "authType"> & Partial<Pick<ConnectionListQuery, "expiresBefore">>;

function filters(actor: Actor, query: Filter): Prisma.Sql[] {
  const where = [Prisma.sql`c.organization_id = ${actor.organizationId}::uuid`];
  if (query.q) where.push(Prisma.sql`c.name ILIKE ${containsPattern(query.q)}`);
  if (query.appId) where.push(Prisma.sql`c.app_id = ${query.appId}`);
  if (query.authType) where.push(Prisma.sql`c.auth_type = ${query.authType}`);
  if (query.expiresBefore) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM secrets s WHERE s.resource_type = ${CONNECTION_RESOURCE} AND s.resource_id = c.id::text
                                     AND s.field NOT IN ('accessToken', 'refreshToken') AND s.expires_at < ${new Date(`${query.expiresBefore}T00:00:00Z`)})`);
  }
  return where;
}

export async function searchConnections(actor: Actor, query: ConnectionListQuery, context: RequestContext): Promise<Page<ConnectionDto>> {
  await requirePermission(actor, "connection.read", context, { type: CONNECTION_RESOURCE });
  const page = await keysetPage<{ id: string }>({
    select: Prisma.sql`c.id::text AS id, c.name, c.auth_type AS "authType", c.created_at AS "createdAt", c.updated_at AS "updatedAt"`,
    from: Prisma.sql`connections c`,
    where: filters(actor, query),
    order: ORDER[query.sort],
    request: { page: query.page, cursor: query.cursor, size: query.size ?? CONNECTIONS_PAGE_SIZE },
  });
  const rows = await db.connection.findMany({ where: { organizationId: actor.organizationId, id: { in: page.items.map((r) => r.id) } } });
  return { ...page, items: await toConnectionDtos(actor, inPageOrder(page.items, rows), db) };
}

export type ConnectionExportRow = { id: string; name: string; appId: string; authType: string; boards: number; createdAt: Date; updatedAt: Date; secretExpiresAt: Date | null };

/** The list's filter as rows for CSV, by id in batches: no secret is read (not even its status). */
export async function exportConnections(actor: Actor, query: Filter, context: RequestContext): Promise<AsyncIterable<ConnectionExportRow[]>> {
  await requirePermission(actor, "connection.read", context, { type: CONNECTION_RESOURCE });
  const where = filters(actor, query);
  return keysetBatches(
    (after: string | null, limit) => db.$queryRaw<ConnectionExportRow[]>`
      SELECT c.id::text AS id, c.name, c.app_id AS "appId", c.auth_type AS "authType", c.created_at AS "createdAt", c.updated_at AS "updatedAt",
             (SELECT min(s.expires_at) FROM secrets s WHERE s.resource_type = ${CONNECTION_RESOURCE} AND s.resource_id = c.id::text
                 AND s.field NOT IN ('accessToken', 'refreshToken')) AS "secretExpiresAt",
             (SELECT count(*)::int FROM board_connections b WHERE b.connection_id = c.id) AS boards
        FROM connections c
       WHERE ${Prisma.join(where, " AND ")} ${after ? Prisma.sql`AND c.id > ${after}::uuid` : Prisma.empty}
       ORDER BY c.id LIMIT ${limit}`,
    (row) => row.id,
  );
}
