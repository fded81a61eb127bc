"use server";
// The console's OAuth profile actions: the same services as HDP's API. Connect/Reconnect start the
// browser flow (a binding cookie ties it to this browser) and hand back the provider's URL.
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { z } from "zod";
import { actionFailure, deleteEach, type ActionResult } from "@/lib/action-result";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { OAUTH_BINDING_COOKIE, OAUTH_CALLBACK_PATH, type RefreshOutcome } from "@/lib/server/oauth";
import { callbackUrl } from "@/lib/server/oauth/console-origin";
import { createOAuthProfile } from "@/lib/server/oauth-profiles/create-oauth-profile";
import { deleteOAuthProfile } from "@/lib/server/oauth-profiles/delete-oauth-profile";
import { refreshOAuthProfile } from "@/lib/server/oauth-profiles/refresh-oauth-profile";
import { replaceOAuthProfileTokens } from "@/lib/server/oauth-profiles/replace-oauth-profile-tokens";
import { startOAuthProfileConnect, startOAuthProfileReconnect, type ConnectStart } from "@/lib/server/oauth-profiles/start-oauth-profile-connect";
import { updateOAuthProfile } from "@/lib/server/oauth-profiles/update-oauth-profile";

const id = z.number().int().positive();
const version = z.number().int().nonnegative();
/** "" = the caller's own; an email = that member's (admins). */
const owner = z.string().max(320);
const scopeOf = (ownerEmail: unknown) => ({ user: owner.parse(ownerEmail ?? "") || null });
const revalidateProfiles = () => revalidatePath("/oauth-profiles", "layout");

async function withBinding(start: (binding: string | null) => Promise<ConnectStart>): Promise<string> {
  const jar = await cookies();
  const started = await start(jar.get(OAUTH_BINDING_COOKIE)?.value ?? null);
  jar.set(OAUTH_BINDING_COOKIE, started.binding, { httpOnly: true, sameSite: "lax", path: OAUTH_CALLBACK_PATH, maxAge: 60 * 60 });
  return started.authorizationUrl;
}

export async function connectOAuthProfileAction(input: unknown): Promise<ActionResult<{ url: string }>> {
  const actor = await requireActor();
  try {
    const redirectUri = await callbackUrl();
    const context = await requestContext();
    return { ok: true, url: await withBinding((binding) => startOAuthProfileConnect(actor, input, { redirectUri, binding }, context)) };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function reconnectOAuthProfileAction(profileId: unknown): Promise<ActionResult<{ url: string }>> {
  const actor = await requireActor();
  try {
    const redirectUri = await callbackUrl();
    const context = await requestContext();
    return { ok: true, url: await withBinding((binding) => startOAuthProfileReconnect(actor, id.parse(profileId), { redirectUri, binding }, context)) };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function createOAuthProfileAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  const actor = await requireActor();
  try {
    const created = await createOAuthProfile(actor, input, {}, await requestContext());
    revalidateProfiles();
    return { ok: true, id: created.id };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function updateOAuthProfileAction(profileId: unknown, ownerEmail: unknown, loadedVersion: unknown, input: unknown): Promise<ActionResult<{ version: number }>> {
  const actor = await requireActor();
  try {
    const updated = await updateOAuthProfile(actor, id.parse(profileId), input, scopeOf(ownerEmail), { expectedVersion: version.parse(loadedVersion) }, await requestContext());
    revalidateProfiles();
    return { ok: true, version: updated.version };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function replaceOAuthProfileTokensAction(profileId: unknown, ownerEmail: unknown, loadedVersion: unknown, input: unknown): Promise<ActionResult<{ version: number }>> {
  const actor = await requireActor();
  try {
    const updated = await replaceOAuthProfileTokens(actor, id.parse(profileId), input, scopeOf(ownerEmail), { expectedVersion: version.parse(loadedVersion) }, await requestContext());
    revalidateProfiles();
    return { ok: true, version: updated.version };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function refreshOAuthProfileAction(profileId: unknown, ownerEmail: unknown): Promise<ActionResult<{ outcome: RefreshOutcome }>> {
  const actor = await requireActor();
  try {
    const { outcome } = await refreshOAuthProfile(actor, id.parse(profileId), scopeOf(ownerEmail), await requestContext());
    revalidateProfiles();
    return { ok: true, outcome };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function deleteOAuthProfileAction(profileId: unknown, ownerEmail: unknown, loadedVersion: unknown): Promise<ActionResult> {
  const actor = await requireActor();
  try {
    await deleteOAuthProfile(actor, id.parse(profileId), scopeOf(ownerEmail), { expectedVersion: version.parse(loadedVersion) }, await requestContext());
    revalidateProfiles();
    return { ok: true };
  } catch (error) {
    return actionFailure(error);
  }
}

const bulkDeleteArgs = z.array(z.object({ id, version, owner })).min(1).max(100);

/** The list's bulk delete: each selected profile (an admin's list may hold other members') with the version the list showed. */
export async function deleteOAuthProfilesAction(input: unknown): Promise<ActionResult<{ deleted: number }>> {
  const actor = await requireActor();
  const parsed = bulkDeleteArgs.safeParse(input);
  if (!parsed.success) return { error: "Choose the OAuth profiles to delete" };
  const context = await requestContext();
  const result = await deleteEach(
    parsed.data,
    (item) => `OAuth profile ${item.id}`,
    (item) => deleteOAuthProfile(actor, item.id, scopeOf(item.owner), { expectedVersion: item.version }, context),
  );
  revalidateProfiles();
  return result;
}
