"use server";
// "Connect your account" and "Disconnect" for Viewer integrations (the user's OAuth sessions):
// thin wrappers over the services, as every console action.
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { z } from "zod";
import { actionFailure, type ActionResult } from "@/lib/action-result";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { OAUTH_BINDING_COOKIE, OAUTH_CALLBACK_PATH } from "@/lib/server/oauth";
import { callbackUrl } from "@/lib/server/oauth/console-origin";
import { deleteOAuthSession } from "@/lib/server/oauth-sessions/delete-oauth-session";
import { startOAuthSessionConnect } from "@/lib/server/oauth-sessions/start-oauth-session-connect";

const guid = z.string().max(64);

export async function connectAccountAction(integrationGuid: unknown): Promise<ActionResult<{ url: string }>> {
  const actor = await requireActor();
  try {
    const jar = await cookies();
    const started = await startOAuthSessionConnect(actor, guid.parse(integrationGuid), { redirectUri: await callbackUrl(), binding: jar.get(OAUTH_BINDING_COOKIE)?.value ?? null }, await requestContext());
    jar.set(OAUTH_BINDING_COOKIE, started.binding, { httpOnly: true, sameSite: "lax", path: OAUTH_CALLBACK_PATH, maxAge: 60 * 60 });
    return { ok: true, url: started.authorizationUrl };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function disconnectAccountAction(sessionGuid: unknown): Promise<ActionResult> {
  const actor = await requireActor();
  try {
    await deleteOAuthSession(actor, guid.parse(sessionGuid), await requestContext());
    revalidatePath("/connected-accounts");
    return { ok: true };
  } catch (error) {
    return actionFailure(error);
  }
}
