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
