import "server-only";
// PKCE (RFC 7636) with S256 only, and the random values of an authorization request.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 32 random bytes, base64url: 43 characters, within RFC 7636's 43–128 for a verifier. */
export const randomToken = () => randomBytes(32).toString("base64url");

export const s256 = (value: string) => createHash("sha256").update(value, "ascii").digest("base64url");

/** Stored in place of a bearer value (state, browser binding): a database read yields nothing usable. */
export const sha256Hex = (value: string) => createHash("sha256").update(value, "utf8").digest("hex");

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
