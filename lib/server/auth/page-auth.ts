import "server-only";
// For pages and server actions: the signed-in actor (or a redirect to sign-in) and the request
// context from the incoming headers.
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { CONSOLE_PATH_HEADER } from "@/lib/console-path";
import { can, type Permission } from "@/lib/permissions";
import { loginHref, safeReturnPath } from "@/lib/safe-redirect";
import { contextFromHeaders } from "@/lib/server/request-context";
import type { Actor, RequestContext } from "./actor";
import { getSessionActor } from "./get-session-actor";
import { requirePermission } from "./require-permission";

export async function requestContext(): Promise<RequestContext> {
  return contextFromHeaders(await headers());
}

export const CHANGE_PASSWORD_PATH = "/change-password";

/**
 * The signed-in actor; signed out, a redirect to sign-in that comes back to this page (path set by
 * proxy.ts). A password that an admin set (or that was generated) must be changed first: every
 * page and every server action sends the person to the change-password page until then.
 */
export async function requireActor(): Promise<Actor> {
  const actor = await getSessionActor();
  if (!actor) redirect(loginHref((await headers()).get(CONSOLE_PATH_HEADER)));
  if (actor.mustChangePassword) redirect(changePasswordHref((await headers()).get(CONSOLE_PATH_HEADER)));
  return actor;
}

export const changePasswordHref = (returnTo: string | null | undefined) =>
  `${CHANGE_PASSWORD_PATH}${safeReturnPath(returnTo) === "/" ? "" : `?callbackUrl=${encodeURIComponent(safeReturnPath(returnTo))}`}`;

/**
 * For a page or its section's layout: a refusal is audited and answered with the shell's 403 page
 * (HTTP 403). Call it before anything streams — in a layout, not below a loading.tsx boundary.
 */
export async function requirePagePermission(actor: Actor, permission: Permission): Promise<void> {
  if (!(await pageAllowed(actor, permission))) forbidden();
}

/** For a page: whether the actor may see it; a refusal is audited like any denied call. */
export async function pageAllowed(actor: Actor, permission: Permission): Promise<boolean> {
  if (can(actor.role, permission)) return true;
  await requirePermission(actor, permission, await requestContext()).catch(() => undefined);
  return false;
}
