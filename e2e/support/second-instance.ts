// A second console on the e2e console's database (as behind a load balancer): `npm start`'s
// launcher with DATABASE_URL pointing at the running embedded PostgreSQL, the same AUTH_SECRET and
// master key, its own data directory and a port beside the e2e console's. `stop()` sends SIGTERM,
// as an orchestrator would, and waits for the launcher to exit.
//
// `dataDir` puts it on another console's database instead (a private console's, whose processes
// the spec owns). It runs in its own process group, so `crash()` is `kill -9` of the launcher and
// its `next start` together (the database is not theirs, it lives on), and `restart()` starts a
// new launcher on the same port and data directory.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";
import { env } from "../../lib/env";
import { runningDatabaseUrl } from "../../scripts/lib/embedded-postgres";
import { E2E_DATA_DIR } from "./cli";

const root = path.resolve(import.meta.dirname, "../..");

export type SecondInstance = {
  url: string;
  stop: () => Promise<void>;
  /** kill -9 of its process group (launcher and Next); resolves when both are gone. */
  crash: () => Promise<void>;
  /** A new launcher on the same port and data directory; resolves when it is healthy. */
  restart: () => Promise<void>;
  /** Its process group (the launcher's pid): Next and the launcher. */
  group: () => number;
};

export type SecondInstanceOptions = {
  /** The console whose database, AUTH_SECRET and master key it shares (default: the e2e console's). */
  dataDir?: string;
  /** More environment, e.g. CONSOLE_WEBHOOK_WORKER. */
  env?: Record<string, string>;
};

/** `portOffset`: distinct per spec, in the range above the e2e console's port that the e2e run owns. */
export async function startSecondInstance(portOffset: number, options: SecondInstanceOptions = {}): Promise<SecondInstance> {
  const sharedDir = options.dataDir ?? E2E_DATA_DIR;
  const databaseUrl = await runningDatabaseUrl(sharedDir);
  expect(databaseUrl).toBeTruthy();
  const port = env.e2ePort() + portOffset;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ic-e2e-second-"));
  const launch = () =>
    spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join(root, "scripts/start.ts")], {
      cwd: root,
      stdio: "ignore",
      detached: true, // its own process group: crash() kills the launcher and Next together
      env: {
        ...env.snapshot(),
        PORT: String(port),
        DATABASE_URL: databaseUrl!,
        CONSOLE_DATA_DIR: dataDir,
        CONSOLE_ALLOW_PRIVATE_NETWORK: "true",
        AUTH_SECRET: readFileSync(path.join(sharedDir, "auth.secret"), "utf8").trim(),
        CONSOLE_MASTER_KEY: readFileSync(path.join(sharedDir, "master.key"), "utf8").trim(),
        ...options.env,
      },
    });
  let child: ChildProcess = launch();
  let exited = new Promise((resolve) => child.once("exit", resolve));
  const running = () => child.exitCode === null && child.signalCode === null;
  const url = `http://127.0.0.1:${port}`;
  const healthy = () => expect.poll(async () => (await fetch(`${url}/api/health`).catch(() => null))?.status, { timeout: 180_000, intervals: [500] }).toBe(200);
  const stop = async () => {
    if (running()) child.kill("SIGTERM"); // the launcher stops Next
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  const crash = async () => {
    const group = child.pid!;
    process.kill(-group, "SIGKILL");
    await exited;
    // Next is in the group too: wait until nothing of it is left (it held the port and the attempt).
    for (let waited = 0; isGroupAlive(group); waited += 50) {
      if (waited > 10_000) throw new Error(`the second console's processes survived kill -9 (group ${group})`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const restart = async () => {
    child = launch();
    exited = new Promise((resolve) => child.once("exit", resolve));
    await healthy();
  };
  try {
    await healthy();
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop, crash, restart, group: () => child.pid! };
}

/** Whether any live process of the group is left (a zombie awaiting its reaper counts as gone). */
function isGroupAlive(group: number): boolean {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses, so read after the last ")".
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(pgrp) === group && state !== "Z" && state !== "X") return true;
  }
  return false;
}
