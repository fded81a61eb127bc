import "server-only";
// Envelope encryption for stored secrets: AES-256-GCM with a fresh 256-bit data key per value,
// the data key wrapped (AES-256-GCM) by the master key, 96-bit random nonces, and associated data
// binding each ciphertext to its resource type, id and field, so a ciphertext copied onto another
// row or field fails to decrypt.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { MasterKey } from "./master-key";

export type SecretContext = { resourceType: string; resourceId: string; field: string };
export type SealedSecret = { keyId: string; wrappedKey: Buffer; ciphertext: Buffer };

const NONCE = 12;
const TAG = 16;

function aad(context: SecretContext): Buffer {
  return Buffer.from(JSON.stringify([context.resourceType, context.resourceId, context.field]), "utf8");
}

function seal(key: Buffer, plaintext: Buffer, additional: Buffer): Buffer {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  cipher.setAAD(additional);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), body]);
}

function open(key: Buffer, sealed: Buffer, additional: Buffer): Buffer {
  if (sealed.length < NONCE + TAG) throw new Error("sealed value is truncated");
  const decipher = createDecipheriv("aes-256-gcm", key, sealed.subarray(0, NONCE));
  decipher.setAAD(additional);
  decipher.setAuthTag(sealed.subarray(NONCE, NONCE + TAG));
  return Buffer.concat([decipher.update(sealed.subarray(NONCE + TAG)), decipher.final()]);
}

export function encryptSecret(master: MasterKey, plaintext: string, context: SecretContext): SealedSecret {
  const dataKey = randomBytes(32);
  const additional = aad(context);
  try {
    return {
      keyId: master.id,
      wrappedKey: seal(master.key, dataKey, additional),
      ciphertext: seal(dataKey, Buffer.from(plaintext, "utf8"), additional),
    };
  } finally {
    dataKey.fill(0);
  }
}

export function decryptSecret(keys: MasterKey | MasterKey[], sealed: SealedSecret, context: SecretContext): string {
  const master = (Array.isArray(keys) ? keys : [keys]).find((k) => k.id === sealed.keyId);
  if (!master) throw new Error(`secret is encrypted under master key ${sealed.keyId}, which is not loaded`);
  const additional = aad(context);
  const dataKey = open(master.key, sealed.wrappedKey, additional);
  try {
    return open(dataKey, sealed.ciphertext, additional).toString("utf8");
  } finally {
    dataKey.fill(0);
  }
}
