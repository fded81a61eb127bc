import "server-only";
// The master key wraps every data key. From CONSOLE_MASTER_KEY (base64, 32 bytes) or the file the
// launcher generates in the data directory. Its id (a hash prefix) is stored beside each secret.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

export type MasterKey = { id: string; key: Buffer };

export const MASTER_KEY_FILE = "master.key";

export function parseMasterKey(base64: string): MasterKey {
  const key = Buffer.from(base64.trim(), "base64");
  if (key.length !== 32) throw new Error("CONSOLE_MASTER_KEY must be 32 bytes, base64-encoded");
  return { id: createHash("sha256").update(key).digest("hex").slice(0, 16), key };
}

let cached: MasterKey | undefined;

export function currentMasterKey(): MasterKey {
  if (!cached) {
    const fromEnv = env.masterKey();
    cached = parseMasterKey(fromEnv ?? readFileSync(path.join(env.dataDir(), MASTER_KEY_FILE), "utf8"));
  }
  return cached;
}
