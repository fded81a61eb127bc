import "server-only";
import { AppError, isAppError } from "@/lib/errors";
import { PartialSuccess } from "./action-client";

/**
 * A list's bulk delete: deletes each selected row with the version the list showed (one
 * transaction and audit event each). A row that fails (changed since, gone, refused) is kept, and
 * the whole answer is then one failure naming each kept row with its reason (after revalidating,
 * when some rows were deleted). Only expected
 * failures are collected: anything else stops the loop and reaches the action wrapper.
 */
export async function deleteEach<T>(items: readonly T[], name: (item: T) => string, remove: (item: T) => Promise<unknown>): Promise<{ deleted: number }> {
  const kept: string[] = [];
  let deleted = 0;
  for (const item of items) {
    try {
      await remove(item);
      deleted++;
    } catch (error) {
      if (!isAppError(error)) throw error;
      kept.push(`${name(item)}: ${error.message}`);
    }
  }
  if (kept.length === 0) return { deleted };
  const message = `Deleted ${deleted}; not deleted — ${kept.join("; ")}`;
  throw deleted > 0 ? new PartialSuccess(message) : new AppError("conflict", message);
}
