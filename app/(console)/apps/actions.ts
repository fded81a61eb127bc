"use server";
// The console's app writes: the same services the Switchboard API calls.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionFailure, deleteEach, type ActionResult } from "@/lib/action-result";
import { createApp } from "@/lib/server/apps/create-app";
import { deleteApp } from "@/lib/server/apps/delete-app";
import { updateApp } from "@/lib/server/apps/update-app";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";

type AppInput = { name: string; server: { name: string; url: string }; authConfigs: { type: string; data: Record<string, unknown> }[] };

export async function saveAppAction(input: AppInput & { id?: string; version?: number }): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor();
  const body = { name: input.name, server: input.server, authConfigs: input.authConfigs };
  try {
    const saved = input.id
      ? await updateApp(actor, String(input.id), body, { expectedVersion: Number(input.version) }, await requestContext())
      : await createApp(actor, body, await requestContext());
    revalidatePath("/apps", "layout");
    return { ok: true, id: saved.id };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function deleteAppAction(input: { id: string; version: number }): Promise<ActionResult> {
  const actor = await requireActor();
  try {
    await deleteApp(actor, String(input.id), { expectedVersion: Number(input.version) }, await requestContext());
    revalidatePath("/apps", "layout");
    return { ok: true };
  } catch (error) {
    return actionFailure(error);
  }
}

const bulkDeleteArgs = z.array(z.object({ id: z.string().min(1).max(100), version: z.number().int().nonnegative() })).min(1).max(100);

/** The list's bulk delete: each selected app with the version the list showed (one that connections use is kept, and named). */
export async function deleteAppsAction(input: unknown): Promise<ActionResult<{ deleted: number }>> {
  const actor = await requireActor();
  const parsed = bulkDeleteArgs.safeParse(input);
  if (!parsed.success) return { error: "Choose the apps to delete" };
  const context = await requestContext();
  const result = await deleteEach(parsed.data, (item) => `app ${item.id}`, (item) => deleteApp(actor, item.id, { expectedVersion: item.version }, context));
  revalidatePath("/apps", "layout");
  return result;
}
