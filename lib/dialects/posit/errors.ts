import "server-only";
// Posit Connect's error body: {"code": <int>, "error": "<message>", "payload": null}. Clients key
// off the HTTP status; the numeric codes follow Connect's published list where one fits.
import type { AppErrorCode } from "@/lib/errors";
import { asAppError, errorHeaders } from "@/lib/dialects/shared/error-response";

const POSIT_CODE: Record<AppErrorCode, number> = {
  internal: 1,
  bad_request: 3,
  validation_failed: 3,
  not_found: 4,
  unauthenticated: 10,
  forbidden: 14,
  conflict: 16,
  precondition_failed: 17,
  payload_too_large: 3,
  too_many_requests: 18,
  upstream_failed: 19,
};

export function positErrorResponse(error: unknown, requestId: string): Response {
  const appError = asAppError(error, requestId);
  const headers = errorHeaders(appError, requestId, 'Key realm="Integration Console"');
  return Response.json({ code: appError.details.positCode ?? POSIT_CODE[appError.code], error: appError.message, payload: null }, { status: appError.status, headers });
}
