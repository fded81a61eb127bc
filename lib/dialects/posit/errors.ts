import "server-only";
// Posit Connect's error body: {"code": <int>, "error": "<message>", "payload": null}. Clients key
// off the HTTP status; the numeric codes follow Connect's published list where one fits.
import { AppError, isAppError, type AppErrorCode } from "@/lib/errors";
import { logUnexpectedError } from "@/lib/dialects/shared/unexpected-error";

const POSIT_CODE: Record<AppErrorCode, number> = {
  internal: 1,
  bad_request: 3,
  validation_failed: 3,
  not_found: 4,
  unauthenticated: 10,
  forbidden: 14,
  conflict: 16,
  precondition_failed: 17,
  too_many_requests: 18,
  upstream_failed: 19,
};

export function positErrorResponse(error: unknown, requestId: string): Response {
  const appError = isAppError(error)
    ? error
    : new AppError("internal", `An internal error occurred (request id ${requestId}).`);
  if (!isAppError(error)) logUnexpectedError(error, requestId);
  const headers: Record<string, string> = { "x-request-id": requestId };
  if (appError.status === 401) headers["www-authenticate"] = 'Key realm="Integration Console"';
  if (appError.details.retryAfterSeconds) headers["retry-after"] = String(appError.details.retryAfterSeconds);
  return Response.json({ code: appError.details.positCode ?? POSIT_CODE[appError.code], error: appError.message, payload: null }, { status: appError.status, headers });
}
