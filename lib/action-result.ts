// What a server action hands back to its form: success with as little as the form needs, or an
// expected failure to show (field errors inline, the rest in a toast). Every action answers
// through lib/actions/action-client.ts, which turns each failure into this shape.
import type { AppError, FieldErrors } from "@/lib/errors";

export type ActionFailure = { ok?: never; error: string; fieldErrors?: FieldErrors; conflict?: true };
export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionFailure;

export function actionFailure(error: AppError): ActionFailure {
  return {
    error: error.message,
    ...(error.details.fieldErrors && { fieldErrors: error.details.fieldErrors }),
    // 412: the record changed since the form loaded it; the form offers a reload.
    ...(error.code === "precondition_failed" && { conflict: true as const }),
  };
}
