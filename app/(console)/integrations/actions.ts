"use server";
// The console's integration writes. Each action parses its arguments, calls the same service the
// Posit API calls, revalidates the section and returns a minimal result. Expected failures
// (AppError) become `{ error, fieldErrors?, conflict? }`; anything else is rethrown to the error
// boundary, which shows a generic message. No result ever carries a secret.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionFailure, deleteEach, type ActionFailure, type ActionResult } from "@/lib/action-result";
import type { FieldErrors } from "@/lib/errors";
import { requireActor, requestContext } from "@/lib/server/auth/page-auth";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { deleteIntegration } from "@/lib/server/integrations/delete-integration";
import { updateIntegration } from "@/lib/server/integrations/update-integration";
import { searchPrincipals } from "@/lib/server/integrations/search-principals";
import { verifyIntegration, type VerifyOutcome } from "@/lib/server/integrations/verify-integration";
import type { PrincipalChoice } from "@/lib/schemas/integrations";

const guid = z.string().min(1).max(100);
const version = z.number().int().nonnegative();
const config = z.record(z.string(), z.unknown());

// Tags and permissions are checked by the service with the shared schemas (as for Posit's API).
const createArgs = z.object({ name: z.string(), description: z.string(), template: z.string(), config, tags: z.unknown().optional(), permissions: z.unknown().optional() });
const updateArgs = z.object({ guid, version, name: z.string(), description: z.string(), config, tags: z.unknown().optional(), permissions: z.unknown().optional() });
const deleteArgs = z.object({ guid, version });

function parseArgs<S extends z.ZodType>(schema: S, input: unknown): { ok: true; data: z.output<S> } | ActionFailure {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { error: parsed.error.issues[0]?.message ?? "Invalid input", fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors };
}

const revalidateIntegrations = () => revalidatePath("/integrations", "layout");

export async function createIntegrationAction(input: unknown): Promise<ActionResult<{ guid: string }>> {
  const actor = await requireActor();
  const args = parseArgs(createArgs, input);
  if (!args.ok) return args;
  try {
    const created = await createIntegration(actor, args.data, await requestContext());
    revalidateIntegrations();
    return { ok: true, guid: created.guid };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function updateIntegrationAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  const actor = await requireActor();
  const args = parseArgs(updateArgs, input);
  if (!args.ok) return args;
  const { guid, version, ...patch } = args.data;
  try {
    const updated = await updateIntegration(actor, guid, patch, { expectedVersion: version }, await requestContext());
    revalidateIntegrations();
    return { ok: true, version: updated.version };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function deleteIntegrationAction(input: unknown): Promise<ActionResult> {
  const actor = await requireActor();
  const args = parseArgs(deleteArgs, input);
  if (!args.ok) return args;
  try {
    await deleteIntegration(actor, args.data.guid, { expectedVersion: args.data.version }, await requestContext());
    revalidateIntegrations();
    return { ok: true };
  } catch (error) {
    return actionFailure(error);
  }
}

const bulkDeleteArgs = z.array(deleteArgs).min(1).max(100);

/**
 * Deletes the rows selected in the list, each with the version the list showed (a row changed
 * since is kept and named). Each delete is its own transaction with its audit event.
 */
export async function deleteIntegrationsAction(input: unknown): Promise<ActionResult<{ deleted: number }>> {
  const actor = await requireActor();
  const args = parseArgs(bulkDeleteArgs, input);
  if (!args.ok) return args;
  const context = await requestContext();
  const result = await deleteEach(args.data, (item) => item.guid, (item) => deleteIntegration(actor, item.guid, { expectedVersion: item.version }, context));
  revalidateIntegrations();
  return result;
}

export async function verifyIntegrationAction(input: unknown): Promise<ActionResult<{ outcome: VerifyOutcome }>> {
  const actor = await requireActor();
  const args = parseArgs(z.object({ guid }), input);
  if (!args.ok) return args;
  try {
    const outcome = await verifyIntegration(actor, args.data.guid, await requestContext());
    // Verify writes only an audit event; the detail page lists it.
    revalidatePath(`/integrations/${args.data.guid}`);
    return { ok: true, outcome };
  } catch (error) {
    return actionFailure(error);
  }
}

/** "Who can use it": people and groups of the caller's organisation matching what was typed. */
export async function searchPrincipalsAction(query: unknown): Promise<ActionResult<{ choices: PrincipalChoice[] }>> {
  const actor = await requireActor();
  const args = parseArgs(z.string().max(200), query);
  if (!args.ok) return args;
  try {
    return { ok: true, choices: await searchPrincipals(actor, args.data, await requestContext()) };
  } catch (error) {
    return actionFailure(error);
  }
}
