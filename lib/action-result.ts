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
