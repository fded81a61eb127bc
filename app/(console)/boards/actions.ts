"use server";
// The console's board writes: the same services the Switchboard API calls (boards are created there).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteEach, type ActionResult } from "@/lib/action-result";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { deleteBoard } from "@/lib/server/boards/delete-board";

const bulkDeleteArgs = z.array(z.object({ id: z.string().min(1).max(100), version: z.number().int().nonnegative() })).min(1).max(100);

/** The list's bulk delete: each selected board with the version the list showed. */
export async function deleteBoardsAction(input: unknown): Promise<ActionResult<{ deleted: number }>> {
  const actor = await requireActor();
  const parsed = bulkDeleteArgs.safeParse(input);
  if (!parsed.success) return { error: "Choose the boards to delete" };
  const context = await requestContext();
  const result = await deleteEach(parsed.data, (item) => `board ${item.id}`, (item) => deleteBoard(actor, item.id, { expectedVersion: item.version }, context));
  revalidatePath("/boards");
  revalidatePath("/connections", "layout");
  return result;
}
