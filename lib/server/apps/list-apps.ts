import "server-only";
import type { AppDto } from "@/lib/schemas/apps";
import type { PageDto } from "@/lib/schemas/cursor-page";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { secretStatuses } from "@/lib/server/secrets/secret-store";
import { finishPage, parsePage, seek, type PageRequest, type SortableFields } from "@/lib/server/pagination/cursor-page";
import { APP_RESOURCE, catalogueAppDto, toAppDto } from "./app-dto";
import { CATALOGUE } from "./catalogue";

export const APP_SORT_FIELDS: SortableFields = { name: "string", createdAt: "date", id: "string" };

/** The organisation's own apps, a keyset page (GetApps). */
export async function listApps(actor: Actor, request: PageRequest, context: RequestContext): Promise<PageDto<AppDto>> {
  await requirePermission(actor, "app.read", context, { type: APP_RESOURCE });
  const page = parsePage(request, APP_SORT_FIELDS, "name:asc");
  const { where, orderBy } = seek(page);
  const scope = { organizationId: actor.organizationId };
  const [rows, totalCount] = await Promise.all([
    db.app.findMany({ where: { ...scope, ...where }, orderBy, take: page.take + 1 }),
    db.app.count({ where: scope }),
  ]);
  const done = finishPage(page, rows);
  const secrets = await secretStatuses(APP_RESOURCE, done.rows.map((r) => r.id));
  return { totalCount, ...(done.next && { next: done.next }), ...(done.prev && { prev: done.prev }), items: done.rows.map((r) => toAppDto(r, secrets.get(r.id))) };
}

/** The public catalogue (GetPublicApps), paged and sorted like every list (it is small and in memory). */
export function listPublicApps(request: PageRequest): PageDto<AppDto> {
  const page = parsePage(request, APP_SORT_FIELDS, "name:asc");
  const all = CATALOGUE.map(catalogueAppDto).map((dto) => ({ ...dto, createdAt: new Date(dto.createdAt) as unknown as string }));
  const compare = (a: Record<string, unknown>, b: Record<string, unknown>) => {
    for (const key of page.keys) {
      const [x, y] = [String(a[key.field] instanceof Date ? (a[key.field] as Date).toISOString() : a[key.field]), String(b[key.field] instanceof Date ? (b[key.field] as Date).toISOString() : b[key.field])];
      if (x !== y) return (x < y ? -1 : 1) * (key.direction === "asc" ? 1 : -1);
    }
    return 0;
  };
  const sorted = [...all].sort(compare);
  let start = 0;
  let end = sorted.length;
  if (page.cursor) {
    const probe = Object.fromEntries(page.keys.map((k, i) => [k.field, page.cursor!.values[i]]));
    if (page.cursor.backward) end = sorted.findIndex((row) => compare(row, probe) >= 0) === -1 ? sorted.length : sorted.findIndex((row) => compare(row, probe) >= 0);
    else start = sorted.findIndex((row) => compare(row, probe) > 0) === -1 ? sorted.length : sorted.findIndex((row) => compare(row, probe) > 0);
  }
  const rows = page.cursor?.backward ? sorted.slice(Math.max(0, end - page.take - 1), end).reverse() : sorted.slice(start, start + page.take + 1);
  const done = finishPage(page, rows);
  return {
    totalCount: all.length,
    ...(done.next && { next: done.next }),
    ...(done.prev && { prev: done.prev }),
    items: done.rows.map((r) => ({ ...r, createdAt: (r.createdAt as unknown as Date).toISOString() })),
  };
}
