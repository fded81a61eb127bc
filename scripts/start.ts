// `npm start`: the whole console from a fresh clone. Resolves secrets and the database (embedded
// PostgreSQL unless DATABASE_URL is set), migrates, creates the first admin on an empty database,
// builds when the build is missing or older than the sources, then runs `next start`.
// `npm run dev` does the same with `next dev`.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { env } from "../lib/env";
import { parseTrustedProxies } from "../lib/server/client-ip";
import { claimDataDir, readOrGenerateSecret } from "./lib/data-dir";
import { runMigrations } from "./lib/migrate";
import { resolveDatabase } from "./lib/resolve-database";

const root = path.resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const dev = process.argv.includes("--dev");
const say = (m: string) => console.log(`[console] ${m}`);
const warn = (m: string) => console.warn(`[console] warning: ${m}`);

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".") || entry.name === "generated") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(root, ".next/BUILD_ID");
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  const inputs = ["app", "components", "lib", "public"].map((d) => path.join(root, d)).filter(existsSync);
  const files = ["next.config.ts", "package-lock.json", "postcss.config.mjs", "prisma/schema.prisma"].map((f) => path.join(root, f)).filter(existsSync);
  return Math.max(...inputs.map(newestSource), ...files.map((f) => statSync(f).mtimeMs)) <= built;
}

function run(args: string[], childEnv: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { cwd: root, env: childEnv, stdio: "inherit" });
}

async function waitUntilServing(port: number, child: ChildProcess): Promise<boolean> {
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return true;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

async function main() {
  const started = Date.now();
  parseTrustedProxies(env.trustedProxies()); // a bad entry stops the start, naming it
  const dataDir = env.dataDir();
  const release = claimDataDir(dataDir);
  const authSecret = env.authSecret() ?? readOrGenerateSecret(dataDir, "auth.secret", "AUTH_SECRET", warn);
  if (!env.masterKey()) readOrGenerateSecret(dataDir, "master.key", "CONSOLE_MASTER_KEY", warn);

  const database = await resolveDatabase(say);
  say(database.embedded ? `embedded PostgreSQL running (data in ${path.join(dataDir, "postgres")})` : "using DATABASE_URL");
  await runMigrations(database.url);

  const { bootstrap } = await import("../lib/server/organizations/bootstrap");
  const { cliContext } = await import("../lib/server/auth/actor");
  const result = await bootstrap(cliContext());
  if (result.createdAdmin) {
    const { email, generatedPassword } = result.createdAdmin;
    say(`created the first admin: ${email}`);
    if (generatedPassword) say(`generated password (shown once, change it after signing in): ${generatedPassword}`);
  }

  const port = env.port();
  const childEnv: NodeJS.ProcessEnv = {
    ...env.snapshot(),
    DATABASE_URL: database.url,
    AUTH_SECRET: authSecret,
    AUTH_TRUST_HOST: "true",
    CONSOLE_DATA_DIR: dataDir,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    // instrumentation.ts exits the server when this launcher dies (even by SIGKILL).
    CONSOLE_LAUNCHER_PID: String(process.pid),
  };

  let shuttingDown = false;
  const server: { child?: ChildProcess } = {};
  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    const child = server.child;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
    await database.stop();
    release();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  if (!dev && !buildIsCurrent()) {
    say("building the console (first start or changed sources)…");
    const build = run(["build"], { ...childEnv, NODE_ENV: "production" });
    const code = await new Promise<number | null>((r) => build.on("exit", r));
    if (code !== 0) {
      console.error("[console] build failed");
      return shutdown(1);
    }
  }

  // The server sees each request's TCP peer (scripts/lib/socket-peer.cjs), which decides whether
  // forwarded headers are believed (TRUSTED_PROXIES).
  const preload = `--require ${JSON.stringify(path.join(root, "scripts/lib/socket-peer.cjs"))}`;
  const serverEnv = { ...childEnv, NODE_ENV: dev ? ("development" as const) : ("production" as const), NODE_OPTIONS: [childEnv.NODE_OPTIONS, preload].filter(Boolean).join(" ") };
  // Idle keep-alive sockets stay open 65 s (Node's default is 5 s): a client that reuses a socket
  // just as the server closes it gets ECONNRESET on a request the server never saw — seen in CI
  // on a loaded machine. Clients and proxies close theirs first at usual timeouts (60 s).
  const serve = dev ? ["dev", "-p", String(port)] : ["start", "-p", String(port), "--keepAliveTimeout", "65000"];
  const child = run(serve, serverEnv);
  server.child = child;
  child.on("exit", (code) => void shutdown(code ?? 1));
  if (await waitUntilServing(port, child)) {
    say(`ready at http://localhost:${port} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}

main().catch((error) => {
  console.error(`[console] start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
