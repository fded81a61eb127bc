import "server-only";
// GetConnectedApps: a page of the apps that have connections in the organisation, each with an
// overview of its connections. The distinct app ids are walked with a recursive "loose index
// scan" over connections(organization_id, app_id, …), so a page costs O(page · log n) even when
// 100,000 connections share a handful of apps.
import { Prisma } from "@/lib/server/db/client";
import type { AppDto } from "@/lib/schemas/apps";
import type { PageDto } from "@/lib/schemas/cursor-page";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { findUsableApps } from "@/lib/server/apps/find-app";
import { db } from "@/lib/server/db/client";
import { finishPage, parsePage, type PageRequest } from "@/lib/server/pagination/cursor-page";
import { CONNECTION_RESOURCE } from "./connection-dto";

/** Connections listed per app in the overview (the rest are reached through GetConnections?appId=). */
export const CONNECTIONS_PER_CONNECTED_APP = 100;

export type ConnectedAppDto = { app: AppDto; connections: { id: string; name: string }[] };

export async function listConnectedApps(actor: Actor, request: PageRequest, context: RequestContext): Promise<PageDto<ConnectedAppDto>> {
  await requirePermission(actor, "connection.read", context, { type: CONNECTION_RESOURCE });
  const page = parsePage(request, { id: "string" }, "id:asc");
  const desc = (page.cursor?.backward ? page.keys[0].direction === "asc" : page.keys[0].direction === "desc");
  const from = page.cursor ? String(page.cursor.values[0]) : null;
  const org = actor.organizationId;
  const step = desc ? Prisma.sql`<` : Prisma.sql`>`;
  const order = desc ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const firstBound = from === null ? Prisma.empty : Prisma.sql`AND app_id ${step} ${from}`;
  const ids = await db.$queryRaw<{ app_id: string }[]>`
    WITH RECURSIVE walk AS (
      (SELECT app_id FROM connections WHERE organization_id = ${org}::uuid ${firstBound} ORDER BY app_id ${order} LIMIT 1)
      UNION ALL
      SELECT (SELECT c.app_id FROM connections c WHERE c.organization_id = ${org}::uuid AND c.app_id ${step} walk.app_id ORDER BY c.app_id ${order} LIMIT 1)
        FROM walk WHERE walk.app_id IS NOT NULL
    )
    SELECT app_id FROM walk WHERE app_id IS NOT NULL LIMIT ${page.take + 1}`;
  const [{ count }] = await db.$queryRaw<{ count: bigint }[]>`
    WITH RECURSIVE walk AS (
      (SELECT app_id FROM connections WHERE organization_id = ${org}::uuid ORDER BY app_id LIMIT 1)
      UNION ALL
      SELECT (SELECT c.app_id FROM connections c WHERE c.organization_id = ${org}::uuid AND c.app_id > walk.app_id ORDER BY c.app_id LIMIT 1)
        FROM walk WHERE walk.app_id IS NOT NULL
    )
    SELECT count(*) AS count FROM walk WHERE app_id IS NOT NULL`;
  const done = finishPage(page, ids.map((r) => ({ id: r.app_id })));
  const pageIds = done.rows.map((r) => r.id);
  const [apps, overview] = await Promise.all([
    findUsableApps(actor, pageIds),
    pageIds.length === 0
      ? Promise.resolve([])
      : db.$queryRaw<{ app_id: string; id: string; name: string }[]>`
          SELECT a.app_id, c.id::text AS id, c.name
            FROM unnest(${pageIds}::text[]) AS a(app_id)
            CROSS JOIN LATERAL (
              SELECT id, name FROM connections
               WHERE organization_id = ${org}::uuid AND app_id = a.app_id
               ORDER BY created_at, id LIMIT ${CONNECTIONS_PER_CONNECTED_APP}
            ) c`,
  ]);
  const byApp = new Map<string, { id: string; name: string }[]>();
  for (const row of overview) byApp.set(row.app_id, [...(byApp.get(row.app_id) ?? []), { id: row.id, name: row.name }]);
  const items = done.rows.flatMap((r) => {
    const app = apps.get(r.id);
    return app ? [{ app, connections: byApp.get(r.id) ?? [] }] : [];
  });
  return { totalCount: Number(count), ...(done.next && { next: done.next }), ...(done.prev && { prev: done.prev }), items };
}
