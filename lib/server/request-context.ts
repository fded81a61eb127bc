import "server-only";
import type { RequestContext } from "@/lib/server/auth/actor";

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Request id (the caller's X-Request-Id when well-formed) and client IP for audit events. */
export function contextFromHeaders(headers: Headers): RequestContext {
  const given = headers.get("x-request-id");
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    requestId: given && REQUEST_ID.test(given) ? given : crypto.randomUUID(),
    ip: forwarded || headers.get("x-real-ip") || null,
  };
}
