import "server-only";
// GetConnections: a keyset page of the organisation's connections, optionally of one app, one
// auth type, or matching a name (the last two are the console's filters).
import type { ConnectionDto } from "@/lib/schemas/connections";
import type { PageDto } from "@/lib/schemas/cursor-page";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { finishPage, parsePage, seek, type PageRequest, type SortableFields } from "@/lib/server/pagination/cursor-page";
import { CONNECTION_RESOURCE, toConnectionDtos } from "./connection-dto";

export const CONNECTION_SORT_FIELDS: SortableFields = { name: "string", createdAt: "date", updatedAt: "date", id: "string" };
export const DEFAULT_CONNECTION_SORT = "createdAt:desc";

export type ConnectionFilter = { appId?: string | null; authType?: string | null; search?: string | null };

export async function listConnections(actor: Actor, request: PageRequest & ConnectionFilter, context: RequestContext): Promise<PageDto<ConnectionDto>> {
  await requirePermission(actor, "connection.read", context, { type: CONNECTION_RESOURCE });
  const page = parsePage(request, CONNECTION_SORT_FIELDS, DEFAULT_CONNECTION_SORT);
  const { where, orderBy } = seek(page);
  const scope = {
    organizationId: actor.organizationId,
    ...(request.appId && { appId: request.appId }),
    ...(request.authType && { authType: request.authType }),
    ...(request.search?.trim() && { name: { contains: request.search.trim(), mode: "insensitive" as const } }),
  };
  const [rows, totalCount] = await Promise.all([
    db.connection.findMany({ where: { AND: [scope, where] }, orderBy, take: page.take + 1 }),
    db.connection.count({ where: scope }),
  ]);
  const done = finishPage(page, rows);
  return { totalCount, ...(done.next && { next: done.next }), ...(done.prev && { prev: done.prev }), items: await toConnectionDtos(actor, done.rows, db) };
}
