import "server-only";
// Bearer secrets the console issues (API keys, content session tokens): "<kind>_" + an 8-character
// id (shown in lists, to recognise one) + "_" + 43 characters of base64url (256 random bits).
// Only a SHA-256 of the whole value is stored: with that much entropy a slow hash adds nothing,
// and lookups stay one indexed query.
import { createHash, randomBytes } from "node:crypto";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export const hashOpaqueToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function opaqueTokenKind(kind: string) {
  const pattern = new RegExp(`^${kind}_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$`);
  return {
    generate(): { token: string; prefix: string; hash: string } {
      const id = Array.from(randomBytes(8), (b) => ALNUM[b % ALNUM.length]).join("");
      const token = `${kind}_${id}_${randomBytes(32).toString("base64url")}`;
      return { token, prefix: `${kind}_${id}`, hash: hashOpaqueToken(token) };
    },
    looksLike: (value: string) => pattern.test(value),
  };
}
