import "server-only";
import { AppError, isAppError } from "@/lib/errors";
import { log } from "@/lib/server/log";

/**
 * Logs an unexpected error for operators without risking a secret: database client errors can
 * quote query arguments in their message, so for those only the name, code and stack frames are
 * kept.
 */
export function logUnexpectedError(error: unknown, requestId: string): void {
  const e = error instanceof Error ? error : new Error(String(error));
  const fromDatabase = /^Prisma|DriverAdapter/.test(e.name) || /prisma/i.test(e.stack?.split("\n")[1] ?? "");
  log.error(
    {
      requestId,
      errorName: e.name,
      code: (e as { code?: unknown }).code,
      message: fromDatabase ? "(database error message withheld)" : e.message.slice(0, 1000),
      stack: e.stack?.split("\n").slice(1, 12).join("\n"),
    },
    "unexpected error",
  );
}

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
