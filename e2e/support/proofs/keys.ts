// The id `keys rotate` and the secret store give a master key (a hash prefix), read from a
// console's file keyring — to check which key sealed each secret without ever reading a secret.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

export function keyIdOfFile(dataDir: string): string {
  const key = Buffer.from(readFileSync(path.join(dataDir, "master.key"), "utf8").trim(), "base64");
  return createHash("sha256").update(key).digest("hex").slice(0, 16);
}
