import "server-only";
// Short-lived access tokens for Fruxon's `Authorization: Bearer <token>`: an HS256 JWT that the
// console issues in exchange for an API key (POST /v1/auth/token). It carries only the key's id;
// every request re-reads the key, user and membership, so revoking the key, locking the user or
// changing their role takes effect at once. Signed with a key derived from AUTH_SECRET (HKDF), so
// every instance that shares AUTH_SECRET accepts it and session cookies never verify as tokens.
import { hkdfSync } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

export const ACCESS_TOKEN_TTL_SECONDS = 900;
const ISSUER = "integration-console";
const AUDIENCE = "fruxon";

function signingKey(): Uint8Array {
  const secret = env.authSecret();
  if (!secret) throw new AppError("internal", "AUTH_SECRET is not configured");
  return new Uint8Array(hkdfSync("sha256", secret, "integration-console", "fruxon access token v1", 32));
}

export async function signAccessToken(apiKeyId: string): Promise<{ token: string; expiresIn: number }> {
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(apiKeyId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ACCESS_TOKEN_TTL_SECONDS}s`)
    .sign(signingKey());
  return { token, expiresIn: ACCESS_TOKEN_TTL_SECONDS };
}

/** The API key id a valid, unexpired token stands for; null for anything else. */
export async function verifyAccessToken(token: string): Promise<string | null> {
  if (token.length > 2048 || token.split(".").length !== 3) return null;
  try {
    const { payload } = await jwtVerify(token, signingKey(), { algorithms: ["HS256"], issuer: ISSUER, audience: AUDIENCE });
    return typeof payload.sub === "string" && isUuid(payload.sub) ? payload.sub : null;
  } catch {
    return null;
  }
}
