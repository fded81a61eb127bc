// What a server action hands back to its form: success with as little as the form needs, or an
// expected failure to show (field errors inline, the rest in a toast). Unexpected errors are not
// turned into results: they are rethrown to the error boundary, which never shows their text.
import { isAppError, type FieldErrors } from "@/lib/errors";

export type ActionFailure = { ok?: never; error: string; fieldErrors?: FieldErrors; conflict?: true };
export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionFailure;

export function actionFailure(error: unknown): ActionFailure {
  if (!isAppError(error)) throw error;
  return {
    error: error.message,
    ...(error.details.fieldErrors && { fieldErrors: error.details.fieldErrors }),
    // 412: the record changed since the form loaded it; the form offers a reload.
    ...(error.code === "precondition_failed" && { conflict: true as const }),
  };
}

/**
 * A list's bulk delete: deletes each selected row with the version the list showed (one
 * transaction and audit event each); a row that fails (changed since, gone, refused) is kept and
 * named with the reason. Expected failures only: anything else is rethrown.
 */
export async function deleteEach<T>(items: T[], name: (item: T) => string, remove: (item: T) => Promise<unknown>): Promise<ActionResult<{ deleted: number }>> {
  const kept: string[] = [];
  let deleted = 0;
  for (const item of items) {
    try {
      await remove(item);
      deleted++;
    } catch (error) {
      kept.push(`${name(item)}: ${actionFailure(error).error}`);
    }
  }
  if (kept.length > 0) return { error: `Deleted ${deleted}; not deleted — ${kept.join("; ")}` };
  return { ok: true, deleted };
}
