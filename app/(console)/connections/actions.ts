"use server";
// The console's connection writes: the same services the Switchboard API calls. Expected failures
// become `{ error, fieldErrors?, conflict? }`; no result ever carries a secret.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionFailure, deleteEach, type ActionResult } from "@/lib/action-result";
import { CONNECTION_CALLBACK_PATH } from "@/lib/dialects/versori/callback";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { createConnection } from "@/lib/server/connections/create-connection";
import { deleteConnection } from "@/lib/server/connections/delete-connection";
import { initConnection } from "@/lib/server/connections/init-connection";
import { testConnection, type ConnectionTestResult } from "@/lib/server/connections/refresh-connection";
import { updateConnection } from "@/lib/server/connections/update-connection";
import { OAUTH_BINDING_COOKIE } from "@/lib/server/oauth";
import { isAppError } from "@/lib/errors";

const id = z.string().min(1).max(100);
const version = z.number().int().nonnegative();
const revalidate = () => revalidatePath("/connections", "layout");

export async function createConnectionAction(input: { name: string; appId: string; authType: string; data: Record<string, unknown> }): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor();
  try {
    const created = await createConnection(actor, input, await requestContext());
    revalidate();
    return { ok: true, id: created.id };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function updateConnectionAction(input: { id: string; version: number; name: string; data: Record<string, unknown> }): Promise<ActionResult<{ version: number }>> {
  const actor = await requireActor();
  const args = z.object({ id, version }).safeParse(input);
  if (!args.success) return { error: "Invalid input" };
  try {
    const updated = await updateConnection(actor, input.id, { name: input.name, data: input.data }, { expectedVersion: input.version }, await requestContext());
    revalidate();
    return { ok: true, version: updated.version };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function deleteConnectionAction(input: { id: string; version: number }): Promise<ActionResult<{ unpublished: number }>> {
  const actor = await requireActor();
  const args = z.object({ id, version }).safeParse(input);
  if (!args.success) return { error: "Invalid input" };
  try {
    const result = await deleteConnection(actor, input.id, { expectedVersion: input.version }, await requestContext());
    revalidate();
    revalidatePath("/boards");
    return { ok: true, unpublished: result.unpublishedBoards.length };
  } catch (error) {
    return actionFailure(error);
  }
}

const bulkDeleteArgs = z.array(z.object({ id, version })).min(1).max(100);

/** The list's bulk delete: each selected connection with the version the list showed; boards using one are unpublished. */
export async function deleteConnectionsAction(input: unknown): Promise<ActionResult<{ deleted: number }>> {
  const actor = await requireActor();
  const parsed = bulkDeleteArgs.safeParse(input);
  if (!parsed.success) return { error: "Choose the connections to delete" };
  const context = await requestContext();
  const result = await deleteEach(parsed.data, (item) => `connection ${item.id}`, (item) => deleteConnection(actor, item.id, { expectedVersion: item.version }, context));
  revalidate();
  revalidatePath("/boards");
  return result;
}

export async function testConnectionAction(connectionId: string): Promise<ActionResult<{ result: ConnectionTestResult }>> {
  const actor = await requireActor();
  try {
    const result = await testConnection(actor, String(connectionId), await requestContext());
    revalidate();
    return { ok: true, result };
  } catch (error) {
    return actionFailure(error);
  }
}

/** "Connect": begins the OAuth flow bound to this user and browser, then sends the browser to the provider. */
export async function connectAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const h = await headers();
  const jar = await cookies();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host")}`;
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
    if (binding) jar.set(OAUTH_BINDING_COOKIE, binding, { httpOnly: true, sameSite: "lax", path: "/", secure: origin.startsWith("https:"), maxAge: 600 });
    url = action.redirect.url;
  } catch (error) {
    if (!isAppError(error)) throw error;
    redirect(`/connections/new?appId=${encodeURIComponent(appId)}&authType=${encodeURIComponent(authType)}&error=${encodeURIComponent(error.message)}`);
  }
  redirect(url);
}
