// Runs the admin CLI against the e2e console's data directory (it reuses the running embedded
// PostgreSQL), exactly as an operator would.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { env } from "../../lib/env";

const root = path.resolve(import.meta.dirname, "../..");
export const E2E_DATA_DIR = path.join(root, ".test-results/e2e-data");

export function consoleCli(args: string[]): string {
  return execFileSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join(root, "scripts/console.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...env.snapshot(), CONSOLE_DATA_DIR: E2E_DATA_DIR, DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  }).trim();
}
