import "server-only";
// The console's Apps list (the organisation's own apps): search, sort, numbered pages by keyset
// (lib/server/pagination), with how many connections use each app (deleting one is refused
// while any does).
import type { AppDto, AppListQuery } from "@/lib/schemas/apps";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, Prisma } from "@/lib/server/db/client";
import { col, inPageOrder, keysetPage, sortBoth, type Page, type SortOrder } from "@/lib/server/pagination/keyset-page";
import { containsPattern } from "@/lib/server/pagination/like";
import { secretStatuses } from "@/lib/server/secrets/secret-store";
import { APP_RESOURCE, toAppDto } from "./app-dto";

export const APPS_PAGE_SIZE = 25;

export type AppListItem = AppDto & { connectionCount: number };

// Indexes (organization_id, name, id) and (organization_id, created_at, id).
const id = col(Prisma.sql`a.id`, "id", "uuid");
const name = col(Prisma.sql`a.name`, "name", "text");
const created = col(Prisma.sql`a.created_at`, "createdAt", "timestamptz");
const ORDER: Record<AppListQuery["sort"], SortOrder> = {
  ...sortBoth("name", [name, id]),
  ...sortBoth("created", [created, id]),
};

export async function searchApps(actor: Actor, query: AppListQuery, context: RequestContext): Promise<Page<AppListItem>> {
  await requirePermission(actor, "app.read", context, { type: APP_RESOURCE });
  const where = [Prisma.sql`a.organization_id = ${actor.organizationId}::uuid`];
  if (query.q) where.push(Prisma.sql`a.name ILIKE ${containsPattern(query.q)}`);
  const page = await keysetPage<{ id: string; connections: number }>({
    select: Prisma.sql`a.id::text AS id, a.name, a.created_at AS "createdAt",
      (SELECT count(*)::int FROM connections c WHERE c.organization_id = a.organization_id AND c.app_id = a.id::text) AS connections`,
    from: Prisma.sql`apps a`,
    where,
    order: ORDER[query.sort],
    request: { page: query.page, cursor: query.cursor, size: query.size ?? APPS_PAGE_SIZE },
  });
  const ids = page.items.map((r) => r.id);
  const [rows, secrets] = await Promise.all([db.app.findMany({ where: { organizationId: actor.organizationId, id: { in: ids } } }), secretStatuses(APP_RESOURCE, ids)]);
  const counts = new Map(page.items.map((r) => [r.id, r.connections]));
  return { ...page, items: inPageOrder(page.items, rows).map((row) => ({ ...toAppDto(row, secrets.get(row.id)), connectionCount: counts.get(row.id) ?? 0 })) };
}
