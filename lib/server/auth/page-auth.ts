import "server-only";
// For pages and server actions: the signed-in actor (or a redirect to sign-in) and the request
// context from the incoming headers.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { can, type Permission } from "@/lib/permissions";
import { contextFromHeaders } from "@/lib/server/request-context";
import type { Actor, RequestContext } from "./actor";
import { getSessionActor } from "./get-session-actor";
import { requirePermission } from "./require-permission";

export async function requestContext(): Promise<RequestContext> {
  return contextFromHeaders(await headers());
}

export async function requireActor(): Promise<Actor> {
  const actor = await getSessionActor();
  if (!actor) redirect("/login");
  return actor;
}

/** For a page: whether the actor may see it; a refusal is audited like any denied call. */
export async function pageAllowed(actor: Actor, permission: Permission): Promise<boolean> {
  if (can(actor.role, permission)) return true;
  await requirePermission(actor, permission, await requestContext()).catch(() => undefined);
  return false;
}
