import "server-only";
// argon2id password hashes (@node-rs/argon2 defaults: m=19 MiB, t=2, p=1 — about 10 ms here).
import { hash, verify } from "@node-rs/argon2";

export const hashPassword = (password: string) => hash(password);

// Verified against when the account is unknown, so both paths cost one argon2 verification.
let dummyHash: Promise<string> | undefined;

/** `passwordHash` null (no account) or "" (an invited account with no password yet): false, after the same work. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hash("not-a-real-password-but-same-cost");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
