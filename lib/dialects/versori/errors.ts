import "server-only";
// Switchboard's `Error` body (specs/versori-switchboard-api-v1alpha1.yaml, components.schemas.Error):
// {"code": "<string>", "message": "<text>", "extensions": {…}}. `extensions` carries the request
// id and, for validation failures, the message of each field.
import { asAppError, errorHeaders } from "@/lib/dialects/shared/error-response";

export function versoriErrorResponse(error: unknown, requestId: string): Response {
  const appError = asAppError(error, requestId);
  const headers = errorHeaders(appError, requestId, 'APIKey realm="Integration Console"');
  const extensions = { requestId, ...(appError.details.fieldErrors && { fieldErrors: appError.details.fieldErrors }) };
  return Response.json({ code: appError.code, message: appError.message, extensions }, { status: appError.status, headers });
}
