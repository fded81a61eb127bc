// The credential exchange in `npm run bench`: a Service Account token served from the cache at 32
// connections, as a share of the no-auth, no-DB route measured in the same run (target ≥ 75 %),
// and 200 concurrent exchanges on an expired token against a loopback oidc-provider (target: one
// provider call). The workload's content session token is written straight into the database (a
// random string stored as SHA-256), as the workload section would make it.
import { createHash, randomBytes } from "node:crypto";
import autocannon from "autocannon";
import pg from "pg";
import { startOAuthServer } from "../../test/support/oauth-server";
import { record } from "./figures";

const CLIENT = { client_id: "bench-exchange", client_secret: "bench-exchange-secret-1" };
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

type Options = { base: string; key: string; databaseUrl: string; connections: number; duration: number; say: (m: string) => void };

async function json(response: Response) {
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : ((await response.json()) as Record<string, unknown>);
}

export async function benchExchange({ base, key, databaseUrl, connections, duration, say }: Options) {
  const provider = await startOAuthServer({ clients: [CLIENT] });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const headers = { Authorization: `Key ${key}`, "content-type": "application/json" };
    const integration = await json(
      await fetch(`${base}/__api__/v1/oauth/integrations`, {
        method: "POST",
        headers,
        body: JSON.stringify({ name: "bench exchange", template: "custom", config: { auth_type: "Service Account", token_uri: provider.tokenUrl, ...CLIENT } }),
      }),
    );
    const content = await json(await fetch(`${base}/__api__/v1/content`, { method: "POST", headers, body: JSON.stringify({ name: `bench-exchange-${Date.now()}` }) }));
    await json(await fetch(`${base}/__api__/v1/content/${content!.guid}/oauth/integrations/associations`, { method: "PUT", headers, body: JSON.stringify([{ oauth_integration_guid: integration!.guid }]) }));
    const id = Array.from(randomBytes(8), (b) => ALNUM[b % ALNUM.length]).join("");
    const token = `cst_${id}_${randomBytes(32).toString("base64url")}`;
    await client.query(
      `INSERT INTO content_session_tokens (id, content_id, organization_id, prefix, hash) SELECT gen_random_uuid(), id, organization_id, $2, $3 FROM content_items WHERE id = $1`,
      [content!.guid, `cst_${id}`, createHash("sha256").update(token).digest("hex")],
    );
    const body = new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:token-exchange", subject_token: token, subject_token_type: "urn:posit:connect:content-session-token" }).toString();
    const exchangeHeaders = { Authorization: `Key ${key}`, "content-type": "application/x-www-form-urlencoded" };
    const exchange = () => fetch(`${base}/__api__/v1/oauth/integrations/credentials`, { method: "POST", headers: exchangeHeaders, body });
    await json(await exchange()); // the first one obtains the token

    const run = async (url: string, extra: Partial<autocannon.Options>) => {
      await autocannon({ url, connections, duration: Math.min(3, duration), ...extra });
      const r = await autocannon({ url, connections, duration, ...extra });
      return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bad: r.non2xx + r.errors };
    };
    say(`exchange: autocannon -c ${connections} -d ${duration}, cached Service Account token…`);
    const floor = await run(`${base}/__api__/server_settings`, {});
    const before = provider.tokenRequests();
    const cached = await run(`${base}/__api__/v1/oauth/integrations/credentials`, { method: "POST", headers: exchangeHeaders, body });
    record("exchange, no-auth no-DB route in the same run: req/s", floor.rps, "req/s");
    record("exchange served from cache (Service Account): req/s", cached.rps, "req/s");
    record("  … as a share of the no-auth, no-DB route", (100 * cached.rps) / floor.rps, "%", { atLeast: 75 });
    record(`  … p50 / p99: ${cached.p50} / ${cached.p99} ms`, cached.p99, "ms");
    record("  … provider calls during the run", provider.tokenRequests() - before, "", { equals: 0 });
    record("  … non-2xx or errors", cached.bad, "", { atMost: 0 });

    say("exchange: 200 concurrent exchanges on an expired token…");
    await client.query(`UPDATE service_token_cache SET expires_at = now() - interval '1 second', refresh_at = now() - interval '1 second' WHERE integration_id = (SELECT id FROM integrations WHERE guid = $1)`, [integration!.guid]);
    const calls = provider.tokenRequests();
    const replies = await Promise.all(Array.from({ length: 200 }, async () => (await exchange()).status));
    record("200 concurrent exchanges on an expired token: provider calls", provider.tokenRequests() - calls, "", { equals: 1 });
    record("  … answered 200", replies.filter((s) => s === 200).length, "", { equals: 200 });
  } finally {
    await client.end();
    await provider.stop();
  }
}
