import "server-only";
// User session tokens: what a hosting proxy hands a workload as `Posit-Connect-User-Session-Token`
// for the visiting user. Ours are short-lived (at most an hour) HS256 JWTs bound to one user, one
// workload and the organisation, signed with a key derived from AUTH_SECRET (HKDF, its own info
// string, so neither a session cookie nor a Fruxon access token ever verifies as one). Nothing is
// stored: the exchange re-reads the user's membership and the workload on every use.
import { hkdfSync } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

export const USER_SESSION_TOKEN_MAX_TTL_SECONDS = 3600;
const ISSUER = "integration-console";
const AUDIENCE = "posit-user-session";

export type UserSessionSubject = { userId: string; contentId: string; organizationId: string; expiresAt: Date };

function signingKey(): Uint8Array {
  const secret = env.authSecret();
  if (!secret) throw new AppError("internal", "AUTH_SECRET is not configured");
  return new Uint8Array(hkdfSync("sha256", secret, "integration-console", "posit user session token v1", 32));
}

export async function signUserSessionToken(
  subject: { userId: string; contentId: string; organizationId: string },
  ttlSeconds = USER_SESSION_TOKEN_MAX_TTL_SECONDS,
): Promise<{ token: string; expiresIn: number }> {
  const expiresIn = Math.max(1, Math.min(Math.floor(ttlSeconds), USER_SESSION_TOKEN_MAX_TTL_SECONDS));
  const token = await new SignJWT({ cid: subject.contentId, org: subject.organizationId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(subject.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${expiresIn}s`)
    .sign(signingKey());
  return { token, expiresIn };
}

/** The user, workload and organisation a valid, unexpired token names; null for anything else. */
export async function verifyUserSessionToken(token: string): Promise<UserSessionSubject | null> {
  if (token.length > 4096 || token.split(".").length !== 3) return null;
  try {
    const { payload } = await jwtVerify(token, signingKey(), { algorithms: ["HS256"], issuer: ISSUER, audience: AUDIENCE });
    const { sub, cid, org, exp } = payload;
    if (typeof sub !== "string" || !isUuid(sub) || typeof cid !== "string" || !isUuid(cid) || typeof org !== "string" || !isUuid(org) || typeof exp !== "number") return null;
    return { userId: sub, contentId: cid, organizationId: org, expiresAt: new Date(exp * 1000) };
  } catch {
    return null;
  }
}
