import "server-only";
import { AppError, isAppError } from "@/lib/errors";
import { logUnexpectedError } from "@/lib/server/log";

/** The AppError to render: itself, or a generic 500 naming the request id (the cause is logged, never shown). */
export function asAppError(error: unknown, requestId: string): AppError {
  if (isAppError(error)) return error;
  logUnexpectedError(error, requestId);
  return new AppError("internal", `An internal error occurred (request id ${requestId}).`);
}

/** The headers every dialect's error carries: the request id, the challenge on 401, Retry-After when throttled. */
export function errorHeaders(error: AppError, requestId: string, challenge: string): Record<string, string> {
  const headers: Record<string, string> = { "x-request-id": requestId };
  if (error.status === 401) headers["www-authenticate"] = challenge;
  if (error.details.retryAfterSeconds) headers["retry-after"] = String(error.details.retryAfterSeconds);
  return headers;
}
