"use server";
// The API keys page's writes. The new key is returned once, to the dialog that shows it; it is
// never stored in clear, logged, or rendered by the page itself.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionFailure, type ActionResult } from "@/lib/action-result";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/server/api-keys/revoke-api-key";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { parseInput } from "@/lib/server/validation";

export async function createApiKeyAction(input: unknown): Promise<ActionResult<{ key: string }>> {
  const actor = await requireActor();
  try {
    const { key } = await createApiKey(actor, input, await requestContext());
    revalidatePath("/api-keys");
    return { ok: true, key };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function revokeApiKeyAction(input: unknown): Promise<ActionResult> {
  const actor = await requireActor();
  try {
    const { id } = parseInput(z.object({ id: z.string().min(1).max(100) }), input);
    await revokeApiKey(actor, id, await requestContext());
    revalidatePath("/api-keys");
    return { ok: true };
  } catch (error) {
    return actionFailure(error);
  }
}
