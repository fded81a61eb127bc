import "server-only";
// Server log. Structured (pino); secrets never reach it: callers log ids and messages, and the
// redaction list below is a second line of defence for fields that could carry one.
import pino from "pino";
import { env } from "@/lib/env";

export const log = pino({
  level: env.logLevel(),
  base: undefined,
  redact: {
    paths: [
      "password",
      "*.password",
      "authorization",
      "*.authorization",
      "headers.authorization",
      "config.client_secret",
      "*.client_secret",
      "secret",
      "*.secret",
      "token",
      "*.token",
    ],
    censor: "[redacted]",
  },
});

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
