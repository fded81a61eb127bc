import "server-only";
import { notFound } from "@/lib/errors";
import type { AppDto } from "@/lib/schemas/apps";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { catalogueAppDto } from "./app-dto";
import { catalogueApp } from "./catalogue";
import { readOwnApp } from "./read-app";

/** One of the organisation's own apps (GetApp). */
export async function getApp(actor: Actor, appId: string, context: RequestContext): Promise<AppDto> {
  await requirePermission(actor, "app.read", context, { type: "app", id: appId });
  return readOwnApp(actor.organizationId, appId);
}

/** One app of the public catalogue (GetPublicApp): any signed-in caller may read it. */
export async function getPublicApp(appId: string): Promise<AppDto> {
  const app = catalogueApp(appId);
  if (!app) throw notFound("App");
  return catalogueAppDto(app);
}
