import "server-only";
import type { AppDto } from "@/lib/schemas/apps";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { catalogueAppDto } from "./app-dto";
import { CATALOGUE } from "./catalogue";
import { listApps } from "./list-apps";

/** For pickers: the organisation's own apps (the first 100 by name) and the public catalogue. */
export async function listUsableApps(actor: Actor, context: RequestContext): Promise<{ own: AppDto[]; catalogue: AppDto[] }> {
  const own = await listApps(actor, { first: 100, sort: "name:asc" }, context);
  return { own: own.items, catalogue: CATALOGUE.map(catalogueAppDto) };
}
