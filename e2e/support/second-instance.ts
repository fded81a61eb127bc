// A second console on the e2e console's database (as behind a load balancer): `npm start`'s
// launcher with DATABASE_URL pointing at the running embedded PostgreSQL, the same AUTH_SECRET and
// master key, its own data directory and a port beside the e2e console's. `stop()` sends SIGTERM,
// as an orchestrator would, and waits for the launcher to exit.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";
import { env } from "../../lib/env";
import { runningDatabaseUrl } from "../../scripts/lib/embedded-postgres";
import { E2E_DATA_DIR } from "./cli";

const root = path.resolve(import.meta.dirname, "../..");

export type SecondInstance = { url: string; stop: () => Promise<void> };

/** `portOffset`: distinct per spec, in the range above the e2e console's port that the e2e run owns. */
export async function startSecondInstance(portOffset: number): Promise<SecondInstance> {
  const databaseUrl = await runningDatabaseUrl(E2E_DATA_DIR);
  expect(databaseUrl).toBeTruthy();
  const port = env.e2ePort() + portOffset;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ic-e2e-second-"));
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join(root, "scripts/start.ts")], {
    cwd: root,
    stdio: "ignore",
    env: {
      ...env.snapshot(),
      PORT: String(port),
      DATABASE_URL: databaseUrl!,
      CONSOLE_DATA_DIR: dataDir,
      CONSOLE_ALLOW_PRIVATE_NETWORK: "true",
      AUTH_SECRET: readFileSync(path.join(E2E_DATA_DIR, "auth.secret"), "utf8").trim(),
      CONSOLE_MASTER_KEY: readFileSync(path.join(E2E_DATA_DIR, "master.key"), "utf8").trim(),
    },
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await expect.poll(async () => (await fetch(`${url}/api/health`).catch(() => null))?.status, { timeout: 180_000, intervals: [500] }).toBe(200);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
