"use server";
// The Workloads pages' writes: the same services as Posit's content API (lib/server/workloads/,
// lib/server/content/), which check the permission table, apply the ownership rule (publishers:
// their own workloads; admins: all), scope to the organisation and audit. Each action: parse →
// one service → revalidate → minimal result. Tokens are returned once, to the dialog that shows
// them; the pages never render one.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionFailure, type ActionResult } from "@/lib/action-result";
import { AppError } from "@/lib/errors";
import { workloadFormSchema } from "@/lib/schemas/content";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { setContentAssociations } from "@/lib/server/content/content-associations";
import { parseInput } from "@/lib/server/validation";
import { createContentSessionToken } from "@/lib/server/workloads/create-content-session-token";
import { createWorkload } from "@/lib/server/workloads/create-workload";
import { deleteWorkload } from "@/lib/server/workloads/delete-workload";
import { issueUserSessionToken } from "@/lib/server/workloads/issue-user-session-token";
import { revokeContentSessionToken } from "@/lib/server/workloads/revoke-content-session-token";
import { searchAssociableIntegrations, type AssociableIntegration } from "@/lib/server/workloads/search-associable-integrations";
import { updateWorkload } from "@/lib/server/workloads/update-workload";

const id = z.string().min(1).max(100);
const version = z.number().int().min(1);
const revalidateWorkloads = () => {
  revalidatePath("/workloads", "layout");
  // An integration's page lists the workloads that use it.
  revalidatePath("/integrations", "layout");
};

/** The first argument checked, or a 404-style failure (a malformed id names no workload). */
const arg = <T>(schema: z.ZodType<T>, value: unknown, what = "Workload"): T => {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("not_found", `${what} not found`);
  return parsed.data;
};

export async function createWorkloadAction(input: unknown): Promise<ActionResult<{ guid: string }>> {
  const actor = await requireActor();
  try {
    const created = await createWorkload(actor, parseInput(workloadFormSchema, input), await requestContext());
    revalidateWorkloads();
    return { ok: true, guid: created.guid };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function updateWorkloadAction(guid: unknown, expectedVersion: unknown, input: unknown): Promise<ActionResult<{ version: number }>> {
  const actor = await requireActor();
  try {
    const updated = await updateWorkload(actor, arg(id, guid), parseInput(workloadFormSchema, input), { expectedVersion: arg(version, expectedVersion) }, await requestContext());
    revalidateWorkloads();
    return { ok: true, version: updated.version };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function deleteWorkloadAction(input: unknown): Promise<ActionResult> {
  const actor = await requireActor();
  try {
    const { guid, version: expectedVersion } = arg(z.object({ guid: id, version }), input);
    await deleteWorkload(actor, guid, { expectedVersion }, await requestContext());
    revalidateWorkloads();
    return { ok: true };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function createSessionTokenAction(guid: unknown): Promise<ActionResult<{ token: string; prefix: string }>> {
  const actor = await requireActor();
  try {
    const { token, sessionToken } = await createContentSessionToken(actor, arg(id, guid), await requestContext());
    revalidatePath("/workloads", "layout");
    return { ok: true, token, prefix: sessionToken.prefix };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function revokeSessionTokenAction(guid: unknown, tokenId: unknown): Promise<ActionResult> {
  const actor = await requireActor();
  try {
    await revokeContentSessionToken(actor, arg(id, guid), arg(id, tokenId, "Session token"), await requestContext());
    revalidatePath("/workloads", "layout");
    return { ok: true };
  } catch (error) {
    return actionFailure(error);
  }
}

/** "Session token for me": the caller's own user session token for this workload. */
export async function userSessionTokenAction(guid: unknown): Promise<ActionResult<{ token: string; expiresIn: number }>> {
  const actor = await requireActor();
  try {
    const issued = await issueUserSessionToken(actor, arg(id, guid), {}, await requestContext());
    return { ok: true, token: issued.token, expiresIn: issued.expiresIn };
  } catch (error) {
    return actionFailure(error);
  }
}

/** Replaces the workload's associated integrations (the whole set; [] clears it). */
export async function setWorkloadAssociationsAction(guid: unknown, integrationGuids: unknown): Promise<ActionResult> {
  const actor = await requireActor();
  try {
    const guids = arg(z.array(id).max(200), integrationGuids, "Integration");
    await setContentAssociations(actor, arg(id, guid), guids.map((g) => ({ oauth_integration_guid: g })), await requestContext());
    revalidateWorkloads();
    return { ok: true };
  } catch (error) {
    return actionFailure(error);
  }
}

/** The "Add integration" search (a few by name; see searchAssociableIntegrations). */
export async function searchIntegrationsForWorkloadAction(text: unknown): Promise<ActionResult<{ items: AssociableIntegration[] }>> {
  const actor = await requireActor();
  try {
    const items = await searchAssociableIntegrations(actor, typeof text === "string" ? text : "", await requestContext());
    return { ok: true, items };
  } catch (error) {
    return actionFailure(error);
  }
}
