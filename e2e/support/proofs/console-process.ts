// A second, private console for the proofs that kill or re-key a server: the same `npm start`
// launcher (embedded PostgreSQL, migrations, bootstrap, `next start` on the build the e2e console
// just made), in its own process group on its own data directory and port, so `kill -9` of the
// group takes down the launcher, Next and PostgreSQL together — and nothing of the shared console.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { env } from "../../../lib/env";
import { freePort, isAlive } from "../../../scripts/lib/embedded-postgres";
import { consoleCli } from "../cli";

const root = path.resolve(import.meta.dirname, "../../..");

export type PrivateConsole = {
  base: string;
  dataDir: string;
  adminKey: string;
  child: ChildProcess;
  log: string[];
  /** kill -9 of the whole process group; resolves when launcher, Next and PostgreSQL are gone. */
  crash(): Promise<void>;
  /** A new launcher on the same data directory and port. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  cli(args: string[]): string;
};

const ADMIN = { email: "proofs-admin@example.com", password: "proofs-admin-password-1" };

function launch(dataDir: string, port: number, log: string[], extraEnv: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join(root, "scripts/start.ts")], {
    cwd: root,
    detached: true, // its own process group: the launcher, `next start` and PostgreSQL
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...env.snapshot(),
      PORT: String(port),
      CONSOLE_DATA_DIR: dataDir,
      DATABASE_URL: "",
      CONSOLE_MASTER_KEY: "", // the file keyring, so `keys rotate` generates the next key
      CONSOLE_MASTER_KEYS_RETIRED: "",
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      CONSOLE_ALLOW_PRIVATE_NETWORK: "true",
      LOG_LEVEL: "warn",
      ...extraEnv,
    },
  });
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString());
    if (log.length > 200) log.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return child;
}

async function waitHealthy(base: string, child: ChildProcess, log: string[]): Promise<void> {
  for (let i = 0; i < 900; i++) {
    if (child.exitCode !== null) throw new Error(`the private console exited (${child.exitCode}):\n${log.join("")}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the private console did not become healthy:\n${log.join("")}`);
}

const postmasterPid = (dataDir: string): number | null => {
  const file = path.join(dataDir, "postgres/postmaster.pid");
  return existsSync(file) ? Number(readFileSync(file, "utf8").split("\n")[0]) : null;
};

/** `env`: more environment for the console (e.g. CONSOLE_WEBHOOK_WORKER=false), kept across restarts. */
export async function startPrivateConsole(label: string, options: { env?: Record<string, string> } = {}): Promise<PrivateConsole> {
  const dataDir = path.join(root, `.test-results/${label}-data`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const log: string[] = [];
  const self: PrivateConsole = {
    base,
    dataDir,
    adminKey: "",
    child: launch(dataDir, port, log, options.env),
    log,
    cli: (args) => consoleCli(args, dataDir),
    async crash() {
      const pg = postmasterPid(dataDir);
      const group = self.child.pid!;
      process.kill(-group, "SIGKILL");
      for (let waited = 0; waited < 10_000; waited += 50) {
        if (!isAlive(group) && (!pg || !isAlive(pg))) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`the private console's processes survived kill -9 (launcher ${group}, postgres ${pg})`);
    },
    async restart() {
      self.child = launch(dataDir, port, log, options.env);
      await waitHealthy(base, self.child, log);
    },
    async stop() {
      if (self.child.exitCode !== null || !self.child.pid) return;
      const exited = new Promise((r) => self.child.once("exit", r));
      process.kill(self.child.pid, "SIGTERM"); // the launcher stops Next and PostgreSQL
      await exited;
    },
  };
  await waitHealthy(base, self.child, log);
  self.adminKey = self.cli(["api-key", "create", "--user", ADMIN.email, "--name", `${label} admin`]);
  return self;
}
