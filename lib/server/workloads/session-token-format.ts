import "server-only";
// Content session tokens: "cst_" + 8-character id (shown in lists) + "_" + 43 characters of
// base64url (256 random bits), stored as SHA-256 only — the same reasoning as API keys: with that
// much entropy a slow hash adds nothing, and lookups stay one indexed query.
import { createHash, randomBytes } from "node:crypto";

const TOKEN_PATTERN = /^cst_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/;
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export function generateContentSessionToken(): { token: string; prefix: string; hash: string } {
  const id = Array.from(randomBytes(8), (b) => ALNUM[b % ALNUM.length]).join("");
  const token = `cst_${id}_${randomBytes(32).toString("base64url")}`;
  return { token, prefix: `cst_${id}`, hash: hashContentSessionToken(token) };
}

export const looksLikeContentSessionToken = (value: string) => TOKEN_PATTERN.test(value);

export const hashContentSessionToken = (token: string) => createHash("sha256").update(token).digest("hex");
