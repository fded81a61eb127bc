"use server";
// The console's OAuth app writes: the same services as HDP's API, the same shared schemas.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionFailure, deleteEach, type ActionResult } from "@/lib/action-result";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { createOAuthApp } from "@/lib/server/oauth-apps/create-oauth-app";
import { deleteOAuthApp } from "@/lib/server/oauth-apps/delete-oauth-app";
import { updateOAuthApp } from "@/lib/server/oauth-apps/update-oauth-app";

const id = z.number().int().positive();
const version = z.number().int().nonnegative();
const revalidateApps = () => {
  revalidatePath("/oauth-apps", "layout");
  revalidatePath("/oauth-profiles", "layout");
};

export async function createOAuthAppAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  const actor = await requireActor();
  try {
    const created = await createOAuthApp(actor, input, await requestContext());
    revalidateApps();
    return { ok: true, id: created.id };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function updateOAuthAppAction(appId: unknown, loadedVersion: unknown, input: unknown): Promise<ActionResult<{ version: number }>> {
  const actor = await requireActor();
  try {
    const updated = await updateOAuthApp(actor, id.parse(appId), input, { expectedVersion: version.parse(loadedVersion) }, await requestContext());
    revalidateApps();
    return { ok: true, version: updated.version };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function deleteOAuthAppAction(appId: unknown, loadedVersion: unknown): Promise<ActionResult<{ deletedProfiles: number }>> {
  const actor = await requireActor();
  try {
    const result = await deleteOAuthApp(actor, id.parse(appId), { expectedVersion: version.parse(loadedVersion) }, await requestContext());
    revalidateApps();
    return { ok: true, ...result };
  } catch (error) {
    return actionFailure(error);
  }
}

const bulkDeleteArgs = z.array(z.object({ id, version })).min(1).max(100);

/** The list's bulk delete: each selected app (and its profiles) with the version the list showed. */
export async function deleteOAuthAppsAction(input: unknown): Promise<ActionResult<{ deleted: number }>> {
  const actor = await requireActor();
  const parsed = bulkDeleteArgs.safeParse(input);
  if (!parsed.success) return { error: "Choose the OAuth apps to delete" };
  const context = await requestContext();
  const result = await deleteEach(parsed.data, (item) => `OAuth app ${item.id}`, (item) => deleteOAuthApp(actor, item.id, { expectedVersion: item.version }, context));
  revalidateApps();
  return result;
}
