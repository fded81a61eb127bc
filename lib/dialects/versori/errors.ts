import "server-only";
// Switchboard's `Error` body (specs/versori-switchboard-api-v1alpha1.yaml, components.schemas.Error):
// {"code": "<string>", "message": "<text>", "extensions": {…}}. `extensions` carries the request
// id and, for validation failures, the message of each field.
import { AppError, isAppError } from "@/lib/errors";
import { logUnexpectedError } from "@/lib/dialects/shared/unexpected-error";

export function versoriErrorResponse(error: unknown, requestId: string): Response {
  const appError = isAppError(error) ? error : new AppError("internal", `An internal error occurred (request id ${requestId}).`);
  if (!isAppError(error)) logUnexpectedError(error, requestId);
  const headers: Record<string, string> = { "x-request-id": requestId };
  if (appError.status === 401) headers["www-authenticate"] = 'APIKey realm="Integration Console"';
  if (appError.details.retryAfterSeconds) headers["retry-after"] = String(appError.details.retryAfterSeconds);
  const extensions = { requestId, ...(appError.details.fieldErrors && { fieldErrors: appError.details.fieldErrors }) };
  return Response.json({ code: appError.code, message: appError.message, extensions }, { status: appError.status, headers });
}
