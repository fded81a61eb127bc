import "server-only";
// API keys: "ic_" + 8-character id (shown in lists, to recognise a key) + "_" + 43 characters of
// base64url (256 random bits). Only a SHA-256 of the whole key is stored: with that much entropy a
// slow hash adds nothing, and lookups stay one indexed query.
import { createHash, randomBytes } from "node:crypto";

const KEY_PATTERN = /^ic_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/;
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const id = Array.from(randomBytes(8), (b) => ALNUM[b % ALNUM.length]).join("");
  const key = `ic_${id}_${randomBytes(32).toString("base64url")}`;
  return { key, prefix: `ic_${id}`, hash: hashApiKey(key) };
}

export const looksLikeApiKey = (value: string) => KEY_PATTERN.test(value);

export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("hex");
