import "server-only";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { AppDto } from "@/lib/schemas/apps";
import type { Actor } from "@/lib/server/auth/actor";
import { db, type Db } from "@/lib/server/db/client";
import { secretStatuses } from "@/lib/server/secrets/secret-store";
import { APP_RESOURCE, catalogueAppDto, toAppDto, type AppRow } from "./app-dto";
import { catalogueApp } from "./catalogue";

/** The organisation's own app row (locked when `forUpdate`), or 404. */
export async function loadOwnApp(actor: Actor, appId: string, client: Db = db): Promise<{ row: AppRow; dto: AppDto }> {
  const row = isUuid(appId) ? await client.app.findFirst({ where: { id: appId, organizationId: actor.organizationId } }) : null;
  if (!row) throw notFound("App");
  return { row, dto: toAppDto(row, (await secretStatuses(APP_RESOURCE, [row.id], client)).get(row.id)) };
}

/** An app a connection of this organisation may use: its own, or one from the public catalogue. */
export async function findUsableApp(actor: Actor, appId: string, client: Db = db): Promise<AppDto | null> {
  const fromCatalogue = catalogueApp(appId);
  if (fromCatalogue) return catalogueAppDto(fromCatalogue);
  if (!isUuid(appId)) return null;
  const row = await client.app.findFirst({ where: { id: appId, organizationId: actor.organizationId } });
  return row ? toAppDto(row, (await secretStatuses(APP_RESOURCE, [row.id], client)).get(row.id)) : null;
}

/** Many apps at once (a page's worth), keyed by id. One query for the organisation's own. */
export async function findUsableApps(actor: Actor, appIds: string[], client: Db = db): Promise<Map<string, AppDto>> {
  const result = new Map<string, AppDto>();
  const own = [...new Set(appIds)].filter((id) => {
    const fromCatalogue = catalogueApp(id);
    if (fromCatalogue) result.set(id, catalogueAppDto(fromCatalogue));
    return !fromCatalogue && isUuid(id);
  });
  if (own.length === 0) return result;
  const rows = await client.app.findMany({ where: { organizationId: actor.organizationId, id: { in: own } } });
  const secrets = await secretStatuses(APP_RESOURCE, rows.map((r) => r.id), client);
  for (const row of rows) result.set(row.id, toAppDto(row, secrets.get(row.id)));
  return result;
}
