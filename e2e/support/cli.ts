// Runs the admin CLI against the e2e console's data directory (it reuses the running embedded
// PostgreSQL), exactly as an operator would.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { env } from "../../lib/env";

const root = path.resolve(import.meta.dirname, "../..");
export const E2E_DATA_DIR = path.join(root, ".test-results/e2e-data");

/** `dataDir`: another console's data directory (the proofs' private consoles). */
export function consoleCli(args: string[], dataDir = E2E_DATA_DIR): string {
  return execFileSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join(root, "scripts/console.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    // As the e2e console itself runs (playwright.config.ts): loopback endpoints (webhook receivers, the test provider) are allowed.
    env: { ...env.snapshot(), CONSOLE_DATA_DIR: dataDir, DATABASE_URL: "", CONSOLE_ALLOW_PRIVATE_NETWORK: "true" },
    stdio: ["ignore", "pipe", "pipe"],
  }).trim();
}

/** `audit verify` on a console's data directory: the number of events whose chain it recomputed. */
export function auditVerify(dataDir = E2E_DATA_DIR): { ok: boolean; checked: number; message: string } {
  const run = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join(root, "scripts/console.ts"), "audit", "verify"], {
    cwd: root,
    encoding: "utf8",
    env: { ...env.snapshot(), CONSOLE_DATA_DIR: dataDir, DATABASE_URL: "" },
  });
  const message = run.stderr.trim();
  return { ok: run.status === 0, checked: Number(/intact: (\d+) events/.exec(message)?.[1] ?? 0), message };
}

/** The CLI without blocking the event loop (a load keeps running meanwhile). */
export function consoleCliAsync(args: string[], dataDir = E2E_DATA_DIR): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join(root, "scripts/console.ts"), ...args], {
      cwd: root,
      env: { ...env.snapshot(), CONSOLE_DATA_DIR: dataDir, DATABASE_URL: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
