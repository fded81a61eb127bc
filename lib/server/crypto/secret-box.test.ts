import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseMasterKey } from "./master-key";
import { decryptSecret, encryptSecret } from "./secret-box";

const master = parseMasterKey(randomBytes(32).toString("base64"));
const context = { resourceType: "integration", resourceId: "42", field: "client_secret" };

describe("secret box", () => {
  it("round-trips a value and never stores the plaintext", () => {
    const sealed = encryptSecret(master, "s3cr3t-ünïcode", context);
    expect(sealed.keyId).toBe(master.id);
    expect(sealed.ciphertext.includes(Buffer.from("s3cr3t"))).toBe(false);
    expect(decryptSecret(master, sealed, context)).toBe("s3cr3t-ünïcode");
  });

  it("uses a fresh data key and nonce for each value", () => {
    const a = encryptSecret(master, "same", context);
    const b = encryptSecret(master, "same", context);
    expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
    expect(a.wrappedKey.equals(b.wrappedKey)).toBe(false);
  });

  it("detects a flipped ciphertext bit", () => {
    const sealed = encryptSecret(master, "value", context);
    sealed.ciphertext[sealed.ciphertext.length - 1] ^= 1;
    expect(() => decryptSecret(master, sealed, context)).toThrow();
  });

  it("detects a tampered wrapped key", () => {
    const sealed = encryptSecret(master, "value", context);
    sealed.wrappedKey[20] ^= 1;
    expect(() => decryptSecret(master, sealed, context)).toThrow();
  });

  it("refuses a ciphertext moved to another resource or field", () => {
    const sealed = encryptSecret(master, "value", context);
    expect(() => decryptSecret(master, sealed, { ...context, resourceId: "43" })).toThrow();
    expect(() => decryptSecret(master, sealed, { ...context, field: "private_key" })).toThrow();
  });

  it("refuses a value sealed under another master key", () => {
    const other = parseMasterKey(randomBytes(32).toString("base64"));
    const sealed = encryptSecret(master, "value", context);
    expect(() => decryptSecret(other, sealed, context)).toThrow(/not loaded/);
  });

  it("rejects a master key of the wrong length", () => {
    expect(() => parseMasterKey(randomBytes(16).toString("base64"))).toThrow(/32 bytes/);
  });
});
