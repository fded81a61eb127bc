// Files the launcher keeps in the data directory: generated secrets (mode 0600) and the launcher's
// own pid, so a second `npm start` on the same directory is refused instead of fighting the first.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isAlive } from "./embedded-postgres";

export function readOrGenerateSecret(dataDir: string, file: string, describe: string, warn: (m: string) => void): string {
  const target = path.join(dataDir, file);
  if (existsSync(target)) return readFileSync(target, "utf8").trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const value = randomBytes(32).toString("base64");
  writeFileSync(target, value + "\n", { mode: 0o600 });
  warn(`${describe} not given: generated one into ${target} (mode 0600). Back it up; set it explicitly in production.`);
  return value;
}

/** Alive and still a console launcher (pids are reused after a kill -9). */
const isLauncher = (pid: number) => {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("scripts/start");
  } catch {
    return true; // no /proc: trust the pid
  }
};

/** Claims the data directory for this launcher; throws if another live launcher holds it. */
export function claimDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const file = path.join(dataDir, "console.pid");
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, "utf8").trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isLauncher(pid)) {
      throw new Error(`another console (pid ${pid}) is already running on ${dataDir}`);
    }
  }
  writeFileSync(file, String(process.pid));
  return () => {
    try {
      if (readFileSync(file, "utf8").trim() === String(process.pid)) writeFileSync(file, "");
    } catch {
      /* already gone */
    }
  };
}
