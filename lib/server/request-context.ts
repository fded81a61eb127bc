import "server-only";
import type { RequestContext, UntrustedClaims } from "@/lib/server/auth/actor";
import { clientAddress } from "@/lib/server/client-ip";

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Request id (the caller's X-Request-Id when well-formed) and client address for audit events
 * and throttles (lib/server/client-ip.ts: forwarded headers count only from TRUSTED_PROXIES). A
 * request id or forwarded address sent by anyone else is recorded as given, marked untrusted.
 */
export function contextFromHeaders(headers: Headers): RequestContext {
  const given = headers.get("x-request-id");
  const requestId = given && REQUEST_ID.test(given) ? given : null;
  const client = clientAddress(headers);
  const untrusted: UntrustedClaims = { ...client.claimed };
  if (requestId && !client.viaTrustedProxy) untrusted.requestId = requestId;
  for (const key of Object.keys(untrusted) as (keyof UntrustedClaims)[]) if (untrusted[key] === undefined) delete untrusted[key];
  return {
    requestId: requestId ?? crypto.randomUUID(),
    ip: client.ip,
    untrusted: Object.keys(untrusted).length ? untrusted : null,
  };
}
