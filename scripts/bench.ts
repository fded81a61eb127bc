// `npm run bench`: speed and size figures (lists, hot API paths, first-load JS, Lighthouse) on a throwaway embedded database, seeded set-based with
// 100,000 rows of every listed resource and 1,000,000 audit events, against the production build.
// Prints one table: figure, value, target, met. Asserts nothing (speed is measured here, never by
// timed tests). Options: --duration N (autocannon seconds, default 10), --rows N, --audit-events N,
// --port N (the console; N+1 the bare floor server, N+2 Chromium's DevTools; default: free ports),
// --no-lighthouse, --only console,lists,hot,exchange,webhooks,js,lighthouse (some sections, for a quick re-measure),
// --lists posit,hdp (only the list endpoints whose name contains one of these words).
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { env, setEnv } from "../lib/env";
import { printFigures, record } from "./bench/figures";
import { authorization, LISTS, type BenchContext } from "./bench/endpoints";
import { benchHotPath } from "./bench/hot-path";
import { benchAuditLog, benchIntegrationList } from "./bench/console-lists";
import { benchExchange } from "./bench/exchange";
import { benchWebhooks } from "./bench/webhooks";
import { lighthouseScores } from "./bench/lighthouse";
import { withPeakMemory } from "./bench/process-memory";
import { seed } from "./bench/seed";
import { freePort, runningDatabaseUrl } from "./lib/embedded-postgres";
import { findChromium } from "./lib/find-chromium";
import { firstLoadJs } from "./lib/first-load-js";

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
const arg = (name: string, fallback: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const duration = arg("--duration", 10);
const ROWS = arg("--rows", 100_000);
const AUDIT_EVENTS = arg("--audit-events", 1_000_000);
const BASE_PORT = arg("--port", 0);
const connections = 32;
const SECTIONS = ["console", "lists", "hot", "exchange", "webhooks", "js", "lighthouse"] as const;
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1].split(",") : [...SECTIONS];
const listFilter = process.argv.includes("--lists") ? process.argv[process.argv.indexOf("--lists") + 1].toLowerCase().split(",") : null;
const runs = (section: (typeof SECTIONS)[number]) => only.includes(section);
const ADMIN = { email: "bench@example.com", password: "bench-password-123" };
const say = (m: string) => console.error(`[bench] ${m}`);
const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");
const port = async (offset: number) => (BASE_PORT ? BASE_PORT + offset : freePort());

async function waitFor(url: string) {
  for (let i = 0; i < 4500; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

async function load(url: string, headers: Record<string, string>) {
  await autocannon({ url, connections, duration: Math.min(3, duration), headers }); // warm-up (JIT, pools, caches)
  const r = await autocannon({ url, connections, duration, headers });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bad: r.non2xx + r.errors };
}

async function context(url: string, organizationId: string, userId: string): Promise<Omit<BenchContext, "organizationSlug" | "email" | "guid" | "slug">> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const first = async (sql: string, values: unknown[] = [organizationId]) => (await client.query(sql, values)).rows[0].id;
  try {
    return {
      connectionId: await first("SELECT id FROM connections WHERE organization_id = $1 ORDER BY created_at DESC, id LIMIT 1"),
      appId: await first("SELECT id FROM apps WHERE organization_id = $1 ORDER BY created_at DESC, id LIMIT 1"),
      profileId: await first("SELECT id FROM oauth_profiles WHERE organization_id = $1 ORDER BY id LIMIT 1"),
      oauthAppId: await first("SELECT id FROM oauth_apps WHERE organization_id = $1 ORDER BY id LIMIT 1"),
      userGuid: userId,
      contentGuid: await first("INSERT INTO content_items (id, organization_id, owner_id, name) VALUES (gen_random_uuid(), $1, $2, 'bench-content') RETURNING id", [organizationId, userId]),
    };
  } finally {
    await client.end();
  }
}

/** A bare node:http server reading the same row with pg: the floor for "one authenticated row read". */
async function bareFloor(url: string, guid: string, listenPort: number) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const bare = http.createServer(async (_req, res) => {
    const { rows } = await pool.query("SELECT id::text, guid, name, description, template, auth_type, config, created_at, updated_at FROM integrations WHERE guid = $1", [guid]);
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(rows[0]));
  });
  await new Promise<void>((r) => bare.listen(listenPort, "127.0.0.1", r));
  try {
    return await load(`http://127.0.0.1:${listenPort}/`, {});
  } finally {
    bare.close();
    await pool.end();
  }
}

async function main() {
  const benchStarted = performance.now();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ic-bench-"));
  const appPort = await port(0);
  const base = `http://127.0.0.1:${appPort}`;
  const childEnv = { ...env.snapshot(), CONSOLE_DATA_DIR: dataDir, PORT: String(appPort), DATABASE_URL: "", ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1", CONSOLE_ALLOW_PRIVATE_NETWORK: "true" };
  const startConsole = () => spawn(process.execPath, [tsx, "--conditions=react-server", path.join(root, "scripts/start.ts")], { cwd: root, env: childEnv, stdio: ["ignore", "ignore", "inherit"] });
  const stopConsole = async (child: ReturnType<typeof startConsole>) => {
    child.kill("SIGTERM");
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
  };
  let app = startConsole();
  try {
    say("starting the console (builds first when the sources changed)…");
    let started = performance.now();
    await waitFor(`${base}/api/health`);
    record("first start: launch → serving (a build when the sources changed, a new database)", (performance.now() - started) / 1000, "s");
    const cli = (args: string[]) => execFileSync(process.execPath, [tsx, "--conditions=react-server", path.join(root, "scripts/console.ts"), ...args], { cwd: root, env: childEnv, encoding: "utf8" }).trim();
    const key = cli(["api-key", "create", "--user", ADMIN.email, "--name", "bench"]);
    const url = await runningDatabaseUrl(dataDir);
    if (!url) throw new Error("the console's database is not running");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query("SELECT o.id AS org_id, o.slug, u.id AS user_id FROM users u JOIN memberships m ON m.user_id = u.id JOIN organizations o ON o.id = m.organization_id WHERE u.email = $1", [ADMIN.email]);
    await client.end();
    const { org_id: organizationId, slug: organizationSlug, user_id: userId } = rows[0];

    started = performance.now();
    say(`seeding ${ROWS} rows per list and ${AUDIT_EVENTS} audit events…`);
    await seed(url, { organizationId, userId }, { rows: ROWS, auditEvents: AUDIT_EVENTS }, say);
    record(`seed: ${ROWS} rows × 7 tables + ${AUDIT_EVENTS} audit events`, (performance.now() - started) / 1000, "s");

    // 1. Console lists and the audit log, timed on the server (the services, in this process).
    say("console lists and audit log…");
    setEnv("DATABASE_URL", url);
    const { toActor } = await import("../lib/server/auth/actor");
    const actor = toActor({ id: userId, email: ADMIN.email, firstName: "", lastName: "" }, { id: organizationId, slug: organizationSlug }, "admin", "cli");
    const ctx = { requestId: "bench", ip: null };
    const guid = runs("console") ? await benchIntegrationList(actor, ctx, ROWS) : await firstGuid(url, organizationId);
    if (runs("console")) await benchAuditLog(actor, ctx, AUDIT_EVENTS);
    const bench: BenchContext = { ...(await context(url, organizationId, userId)), guid, slug: "", organizationSlug, email: ADMIN.email };
    const positOne = (await (await fetch(`${base}/__api__/v1/oauth/integrations/${guid}`, { headers: { Authorization: `Key ${key}` } })).json()) as { guid: string };
    const fruxonList = (await (await fetch(`${base}/v1/tenants/${organizationSlug}/integrations?limit=1`, { headers: { Authorization: `Bearer ${key}` } })).json()) as { items?: { id: string }[]; data?: { id: string }[] } | { id: string }[];
    bench.slug = (Array.isArray(fruxonList) ? fruxonList : (fruxonList.items ?? fruxonList.data ?? []))[0]?.id ?? positOne.guid;

    // 2. Every list endpoint of every dialect, read in full once at ROWS rows.
    for (const list of runs("lists") ? LISTS.filter((l) => !listFilter || listFilter.some((w) => l.name.toLowerCase().includes(w))) : []) {
      say(`list: ${list.name}…`);
      const headers = { Authorization: authorization(list.auth, key, ADMIN.email) };
      const read = () =>
        withPeakMemory(app.pid!, async () => {
          const response = await fetch(`${base}${list.path(bench)}`, { headers });
          return { status: response.status, bytes: (await response.arrayBuffer()).byteLength };
        });
      started = performance.now();
      const { result, before, peak } = await read();
      const ms = performance.now() - started;
      record(`${list.name} at ${ROWS}: HTTP status`, result.status, "", { equals: 200 });
      record(`${list.name} at ${ROWS}: time (${(result.bytes / 1e6).toFixed(1)} MB)`, ms, "ms");
      if (!list.memory) continue;
      record(`${list.name} at ${ROWS}: server memory peak, first read (+${(peak - before).toFixed(0)} MB while streaming)`, peak, "MB");
      // The first read also loads the route's code and grows V8's heap to its working size, which
      // it keeps; a second read shows what streaming itself holds (constant memory: about 0).
      const again = await read();
      record(`  … second read: peak (+${(again.peak - again.before).toFixed(0)} MB over the ${again.before.toFixed(0)} MB before it)`, again.peak, "MB");
    }

    // 3. The API hot path next to a Next route with no authentication and no database, then the
    //    bare node:http + pg floor and the other dialects' single reads.
    if (runs("hot")) {
      await benchHotPath({ base, key, email: ADMIN.email, bench, connections, duration, say });
      await barePath(url, guid);
    }

    // 3b. The credential exchange: a cached token at 32 connections, and 200 concurrent on an expired one.
    if (runs("exchange")) await benchExchange({ base, key, databaseUrl: url, connections, duration, say });

    // 3c. Webhook delivery latency: event → a loopback receiver, one event at a time.
    if (runs("webhooks")) await benchWebhooks({ base, key, organizationSlug, cli, events: 50, say });

    // 4. First-load JavaScript per page of this build (gzip).
    if (runs("js")) for (const page of firstLoadJs(path.join(root, ".next"))) record(`first-load JS ${page.page}`, page.bytes / 1000, "kB", { atMost: 160 });

    // 5. Lighthouse performance, mobile preset.
    const chromiumPath = findChromium();
    if (process.argv.includes("--no-lighthouse") || !runs("lighthouse")) say("Lighthouse skipped.");
    else if (!chromiumPath) say("Lighthouse skipped: no Chromium (set CHROMIUM_PATH).");
    else {
      say("Lighthouse (mobile preset)…");
      const pages = [
        { name: "login", path: "/login", signedIn: false },
        { name: "home dashboard", path: "/", signedIn: true },
        { name: "integrations list", path: "/integrations", signedIn: true },
        { name: "integration detail", path: `/integrations/${guid}`, signedIn: true },
        { name: "integration edit", path: `/integrations/${guid}/edit`, signedIn: true },
        { name: "OAuth apps list", path: "/oauth-apps", signedIn: true },
        { name: "connections list", path: "/connections", signedIn: true },
        { name: "audit log", path: "/audit", signedIn: true },
      ];
      const scores = await lighthouseScores({ chromiumPath, devtoolsPort: await port(2), base: `http://localhost:${appPort}`, ...ADMIN, pages });
      pages.forEach((p, i) => {
        const worst = scores[i].worst.length ? ` — worst: ${scores[i].worst.join("; ")}` : "";
        record(`Lighthouse performance (mobile): ${p.name}${worst}`, scores[i].score, "", { atLeast: 95 });
      });
    }
    // 6. A restart of the built console on its existing database: no rebuild, serving in seconds.
    await stopConsole(app);
    started = performance.now();
    app = startConsole();
    await waitFor(`${base}/api/health`);
    record("restart of a built console: launch → serving", (performance.now() - started) / 1000, "s", { atMost: 3 });
  } finally {
    await stopConsole(app);
    rmSync(dataDir, { recursive: true, force: true });
  }
  record("bench run time", (performance.now() - benchStarted) / 1000, "s");
  printFigures(`${os.cpus().length} cores, load average ${loadAverage()} (1/5/15 min) at the end`);
}

/** 3b. The floor under every hot read: a bare node:http server reading the same row with pg. */
async function barePath(url: string, guid: string) {
  const bare = await bareFloor(url, guid, await port(1));
  record(`bare node:http + pg, one row by guid: req/s (p50 ${bare.p50} ms, p99 ${bare.p99} ms)`, bare.rps, "req/s");
}

async function firstGuid(url: string, organizationId: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query("SELECT guid::text FROM integrations WHERE organization_id = $1 ORDER BY name, id LIMIT 1", [organizationId])).rows[0].guid;
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
