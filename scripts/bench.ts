// `npm run bench`: latency of GET /__api__/v1/oauth/integrations/{guid} under autocannon
// (-c 32 -d 10) against the production build on a fresh embedded database, next to a bare
// node:http server that reads the same row with pg — the floor for "one authenticated row read".
// Prints figures; asserts nothing.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { env } from "../lib/env";
import { freePort, runningDatabaseUrl } from "./lib/embedded-postgres";

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
const duration = Number(process.argv[process.argv.indexOf("--duration") + 1]) || 10;
const connections = 32;

async function waitFor(url: string) {
  for (let i = 0; i < 900; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

async function measure(title: string, url: string, headers: Record<string, string>) {
  await autocannon({ url, connections, duration: 5, headers }); // warm-up (JIT, pools)
  const r = await autocannon({ url, connections, duration, headers });
  const row = { target: title, "req/s": Math.round(r.requests.average), "p50 ms": r.latency.p50, "p99 ms": r.latency.p99, "non-2xx": r.non2xx, errors: r.errors };
  console.log(JSON.stringify(row));
  return row;
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ic-bench-"));
  const port = await freePort();
  const childEnv = { ...env.snapshot(), CONSOLE_DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: "", ADMIN_EMAIL: "bench@example.com", ADMIN_PASSWORD: "bench-password-123", LOG_LEVEL: "warn" };
  const app = spawn(process.execPath, [tsx, "--conditions=react-server", path.join(root, "scripts/start.ts")], { cwd: root, env: childEnv, stdio: ["ignore", "ignore", "inherit"] });
  try {
    await waitFor(`http://127.0.0.1:${port}/api/health`);
    const key = execFileSync(process.execPath, [tsx, "--conditions=react-server", path.join(root, "scripts/console.ts"), "api-key", "create", "--user", "bench@example.com", "--name", "bench"], { cwd: root, env: childEnv, encoding: "utf8" }).trim();
    const headers = { Authorization: `Key ${key}`, "content-type": "application/json" };
    const created = await fetch(`http://127.0.0.1:${port}/__api__/v1/oauth/integrations`, {
      method: "POST",
      headers,
      body: JSON.stringify({ name: "Bench", template: "azure", config: { auth_mode: "Confidential", auth_type: "Viewer", client_id: "bench-client", client_secret: "bench-secret", scopes: "openid", tenant_id: "a0b52758-d0b5-4b27-a6c0-13ca07eabdd7" } }),
    });
    if (!created.ok) throw new Error(`creating the integration failed: ${created.status} ${await created.text()}`);
    const { guid } = (await created.json()) as { guid: string };

    console.log(`GET /__api__/v1/oauth/integrations/${guid} — autocannon -c ${connections} -d ${duration}, ${os.cpus().length} cores`);
    await measure("console: next start, API key auth, org-scoped read", `http://127.0.0.1:${port}/__api__/v1/oauth/integrations/${guid}`, headers);

    // Versori Switchboard: GET …/connections/{connectionId} (raw API key, app + boards + secret status).
    const switchboard = `http://127.0.0.1:${port}/api/switchboard/v1alpha1/organisations/default`;
    const rawHeaders = { Authorization: key, "content-type": "application/json" };
    const connection = await fetch(`${switchboard}/connections`, { method: "POST", headers: rawHeaders, body: JSON.stringify({ name: "Bench", appId: "generic-rest", authType: "apikey", data: { apiKey: "bench-api-key" } }) });
    if (connection.status !== 201) throw new Error(`creating the connection failed: ${connection.status} ${await connection.text()}`);
    const { id: connectionId } = (await connection.json()) as { id: string };
    console.log(`GET /api/switchboard/v1alpha1/organisations/default/connections/${connectionId}`);
    await measure("console: Switchboard GetConnection", `${switchboard}/connections/${connectionId}`, rawHeaders);

    // Progress HDP: one OAuth profile (HTTP Basic with email + API key; row, app, owner, token facts and statuses in one statement).
    const basic = { Authorization: `Basic ${Buffer.from(`bench@example.com:${key}`).toString("base64")}`, "content-type": "application/json" };
    const appResponse = await fetch(`http://127.0.0.1:${port}/api/mgmt/oauthapps`, {
      method: "POST",
      headers: basic,
      body: JSON.stringify({ name: "Bench", dataStore: 63, clientId: "bench-client", clientSecret: "bench-secret", authorizeURI: "https://example.com/authorize", tokenURI: "https://example.com/token", scope: "api" }),
    });
    if (!appResponse.ok) throw new Error(`creating the OAuth app failed: ${appResponse.status} ${await appResponse.text()}`);
    const { id: oauthAppId } = (await appResponse.json()) as { id: number };
    const profileResponse = await fetch(`http://127.0.0.1:${port}/api/mgmt/oauthprofiles`, {
      method: "POST",
      headers: basic,
      body: JSON.stringify({ name: "Bench_1", oauthAppId, accessToken: "bench-access", refreshToken: "bench-refresh" }),
    });
    if (!profileResponse.ok) throw new Error(`creating the OAuth profile failed: ${profileResponse.status} ${await profileResponse.text()}`);
    const { id: profileId } = (await profileResponse.json()) as { id: number };
    console.log(`GET /api/mgmt/oauthprofiles/${profileId} — autocannon -c ${connections} -d ${duration}`);
    await measure("console: HDP profile, Basic (email + API key), owner-scoped read", `http://127.0.0.1:${port}/api/mgmt/oauthprofiles/${profileId}`, basic);

    // The floor: a bare node:http server reading the same row with pg.
    const url = await runningDatabaseUrl(dataDir);
    if (!url) throw new Error("the console's database is not running");
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const bare = http.createServer(async (_req, res) => {
      const { rows } = await pool.query("SELECT id::text, guid, name, description, template, auth_type, config, created_at, updated_at FROM integrations WHERE guid = $1", [guid]);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(rows[0]));
    });
    const barePort = await freePort();
    await new Promise<void>((r) => bare.listen(barePort, "127.0.0.1", r));
    await measure("bare node:http + pg (same row)", `http://127.0.0.1:${barePort}/`, {});
    bare.close();
    await pool.end();
  } finally {
    app.kill("SIGTERM");
    await new Promise((r) => app.once("exit", r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
