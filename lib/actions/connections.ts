"use server";
// The console's connection writes: the same services the Switchboard API calls. No result ever
// carries a secret.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { CONNECTION_CALLBACK_PATH } from "@/lib/dialects/versori/callback";
import { isAppError } from "@/lib/errors";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { createConnection } from "@/lib/server/connections/create-connection";
import { deleteConnection } from "@/lib/server/connections/delete-connection";
import { initConnection } from "@/lib/server/connections/init-connection";
import { testConnection } from "@/lib/server/connections/refresh-connection";
import { updateConnection } from "@/lib/server/connections/update-connection";
import { OAUTH_BINDING_COOKIE } from "@/lib/server/oauth";
import { consoleOrigin } from "@/lib/server/oauth/console-origin";
import { body, selection, textId as id, version } from "./args";
import { consoleAction } from "./console-action";
import { deleteEach } from "./delete-each";
import { noticeCode } from "@/lib/notices";
import { consoleCookieOptions } from "@/lib/server/cookies";

const target = z.object({ id, version });
const revalidate = ["/connections"];
// Deleting a connection unpublishes the boards that use it.
const revalidateWithBoards = ["/connections", "/boards"];

export const createConnectionAction = consoleAction(body, async (input, { actor, context }) => ({ id: (await createConnection(actor, input, context)).id }), { revalidate });

/** `id` and `version` name the connection the form loaded; the rest (name, data) is the form's values. */
export const updateConnectionAction = consoleAction(
  z.looseObject({ id, version }),
  async ({ id, version, ...input }, { actor, context }) => ({ version: (await updateConnection(actor, id, input, { expectedVersion: version }, context)).version }),
  { revalidate },
);

export const deleteConnectionAction = consoleAction(
  target,
  async ({ id, version }, { actor, context }) => ({ unpublished: (await deleteConnection(actor, id, { expectedVersion: version }, context)).unpublishedBoards.length }),
  { revalidate: revalidateWithBoards },
);

/** The list's bulk delete: each selected connection with the version the list showed; boards using one are unpublished. */
export const deleteConnectionsAction = consoleAction(
  selection(target),
  ({ items }, { actor, context }) => deleteEach(items, (item) => `connection ${item.id}`, (item) => deleteConnection(actor, item.id, { expectedVersion: item.version }, context)),
  { revalidate: revalidateWithBoards },
);

export const testConnectionAction = consoleAction(z.object({ id }), async ({ id }, { actor, context }) => ({ result: await testConnection(actor, id, context) }), { revalidate });

/**
 * "Connect" on the new-connection page: a plain form post (it works before the page's script
 * loads) that begins the OAuth flow bound to this user and browser and answers with a redirect to
 * the provider — or back to the form with the error in its URL. It is the one console action not
 * written through `consoleAction`: a form post's answer is a navigation, not a result a form shows.
 */
export async function connectAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const h = await headers();
  const jar = await cookies();
  const origin = await consoleOrigin();
  const appId = String(formData.get("appId") ?? "");
  const authType = String(formData.get("authType") ?? "");
  const name = String(formData.get("name") ?? "").trim();
  let url: string;
  try {
    const { action, binding } = await initConnection(
      actor,
      { appId, authType, ...(name && { name }) },
      { redirectUri: `${origin}${CONNECTION_CALLBACK_PATH}`, binding: jar.get(OAUTH_BINDING_COOKIE)?.value ?? null, sessionUserId: actor.userId },
      await requestContext(),
    );
    if (!("redirect" in action)) throw new Error("not an OAuth auth type");
    if (binding) jar.set(OAUTH_BINDING_COOKIE, binding, consoleCookieOptions(h, { path: "/", maxAge: 600 }));
    url = action.redirect.url;
  } catch (error) {
    if (!isAppError(error)) throw error;
    redirect(`/connections/new?appId=${encodeURIComponent(appId)}&authType=${encodeURIComponent(authType)}&error=${noticeCode(error.code)}`);
  }
  redirect(url);
}
