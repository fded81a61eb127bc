import "server-only";
// The keyring: the current master key wraps every new data key; retired keys still unwrap values
// sealed before a rotation. From CONSOLE_MASTER_KEY (+ CONSOLE_MASTER_KEYS_RETIRED), or from the
// files the launcher keeps in the data directory (master.key, master.keys.retired). File keyrings
// are re-read every few seconds, so `keys rotate` takes effect in a running console without a
// restart. Each secret records the id (a hash prefix) of the key that sealed it.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

export type MasterKey = { id: string; key: Buffer };
export type Keyring = { current: MasterKey; all: MasterKey[] };

export const MASTER_KEY_FILE = "master.key";
export const RETIRED_KEYS_FILE = "master.keys.retired";
/** How long a running console may keep sealing with a key after the file keyring changed. */
export const KEYRING_RELOAD_MS = 5_000;

export function parseMasterKey(base64: string): MasterKey {
  const key = Buffer.from(base64.trim(), "base64");
  if (key.length !== 32) throw new Error("CONSOLE_MASTER_KEY must be 32 bytes, base64-encoded");
  return { id: createHash("sha256").update(key).digest("hex").slice(0, 16), key };
}

const parseList = (text: string | undefined) =>
  (text ?? "")
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(parseMasterKey);

function readKeyring(): Keyring {
  const fromEnv = env.masterKey();
  if (fromEnv) {
    const current = parseMasterKey(fromEnv);
    return { current, all: [current, ...parseList(env.retiredMasterKeys())] };
  }
  const dir = env.dataDir();
  const current = parseMasterKey(readFileSync(path.join(dir, MASTER_KEY_FILE), "utf8"));
  const retiredFile = path.join(dir, RETIRED_KEYS_FILE);
  const retired = existsSync(retiredFile) ? parseList(readFileSync(retiredFile, "utf8")) : [];
  return { current, all: [current, ...retired] };
}

let cached: { keyring: Keyring; at: number } | undefined;

export function keyring(): Keyring {
  if (!cached || Date.now() - cached.at > KEYRING_RELOAD_MS) cached = { keyring: readKeyring(), at: Date.now() };
  return cached.keyring;
}

export const currentMasterKey = (): MasterKey => keyring().current;

/**
 * File keyrings only: a fresh current key; the old one moves to the retired list. With
 * CONSOLE_MASTER_KEY the operator supplies keys through the environment instead.
 */
export function generateNextMasterKey(): MasterKey {
  if (env.masterKey()) {
    throw new Error("CONSOLE_MASTER_KEY is set: put the new key there and the old one in CONSOLE_MASTER_KEYS_RETIRED, then run keys rotate");
  }
  const dir = env.dataDir();
  const keyFile = path.join(dir, MASTER_KEY_FILE);
  const retiredFile = path.join(dir, RETIRED_KEYS_FILE);
  const old = readFileSync(keyFile, "utf8").trim();
  const retired = existsSync(retiredFile) ? readFileSync(retiredFile, "utf8").trim() : "";
  writeFileSync(retiredFile, [old, retired].filter(Boolean).join("\n") + "\n", { mode: 0o600 });
  const next = randomBytes(32).toString("base64");
  writeFileSync(`${keyFile}.new`, next + "\n", { mode: 0o600 });
  renameSync(`${keyFile}.new`, keyFile); // atomic: a reader sees the old key or the new one
  cached = undefined;
  return parseMasterKey(next);
}
