// Proofs 4 and 5 on a private console (its own `npm start`, data directory and process group):
// `keys rotate` while the API serves reads and writes of secret-bearing integrations (no request
// fails, every secret still works against a real OAuth server), then `kill -9` of the whole
// console — launcher, Next and PostgreSQL — under a steady write load, and a restart: every
// acknowledged write is there, nothing is half-written, the audit chain verifies.
import { expect, test } from "@playwright/test";
import { startOAuthServer, type TestOAuthServer } from "../../test/support/oauth-server";
import { auditVerify, consoleCliAsync } from "../support/cli";
import { withDatabase } from "../support/database";
import { startPrivateConsole, type PrivateConsole } from "../support/proofs/console-process";
import { send, versionFromEtag } from "../support/proofs/http";
import { startLoad } from "../support/proofs/load";
import { keyIdOfFile } from "../support/proofs/keys";

test.describe.configure({ mode: "serial" });

let server: PrivateConsole;
let oauth: TestOAuthServer;
const CLIENT = { client_id: "proofs-rotation", client_secret: "proofs-rotation-secret-1" };

test.beforeAll(async () => {
  test.setTimeout(300_000);
  oauth = await startOAuthServer({ clients: [CLIENT] });
  server = await startPrivateConsole("proofs-durability");
});
test.afterAll(async () => {
  await server?.stop();
  await oauth?.stop();
});

const key = () => ({ authorization: `Key ${server.adminKey}` });
const integrationBody = (name: string, secret = CLIENT.client_secret) => ({
  name,
  template: "custom",
  config: { auth_type: "Service Account", token_uri: oauth.tokenUrl, client_id: CLIENT.client_id, client_secret: secret, token_endpoint_auth_method: "client_secret_basic" },
});

test("keys rotate under a read/write load: no failed request, every secret still verifies", async () => {
  test.setTimeout(300_000);
  const guids: string[] = [];
  for (let i = 0; i < 20; i++) {
    const created = await send("POST", "/__api__/v1/oauth/integrations", { base: server.base, headers: key(), body: integrationBody(`rotation ${i}`) });
    expect(created.status, created.text).toBe(200);
    guids.push((created.json as { guid: string }).guid);
  }
  const oldKey = keyIdOfFile(server.dataDir);

  // Readers and writers of secret-bearing integrations: get one, list, replace a secret, create.
  const load = startLoad(8, async (worker, track) => {
    const guid = guids[Math.floor(Math.random() * guids.length)];
    const base = server.base;
    switch (worker % 4) {
      case 0:
        await track("GET", `/__api__/v1/oauth/integrations/${guid}`, { base, headers: key() });
        break;
      case 1:
        await track("GET", "/__api__/v1/oauth/integrations", { base, headers: key() });
        break;
      case 2:
        await track("PATCH", `/__api__/v1/oauth/integrations/${guid}`, { base, headers: key(), body: { description: `rotated at ${Date.now()}`, config: { client_secret: CLIENT.client_secret } } });
        break;
      default: {
        const created = await track("POST", "/__api__/v1/oauth/integrations", { base, headers: key(), body: integrationBody(`rotation w${worker}`) });
        if (created.status === 200) guids.push((created.json as { guid: string }).guid);
      }
    }
  });
  await new Promise((r) => setTimeout(r, 1500));
  const rotated = await consoleCliAsync(["keys", "rotate"], server.dataDir);
  // Past the keyring's reload interval, so the console has switched keys while still under load.
  await new Promise((r) => setTimeout(r, 6000));
  await load.stop();

  console.log(`[proofs] rotation: ${load.requests} API requests during keys rotate, ${load.failures.length} failed; ${rotated.stderr.trim()}`);
  expect(rotated.code, rotated.stderr).toBe(0);
  expect(load.failures).toEqual([]);
  expect(load.requests).toBeGreaterThan(100);

  // Every secret is sealed under the new key, and decrypts: each integration gets a real token.
  const newKey = keyIdOfFile(server.dataDir);
  expect(newKey).not.toBe(oldKey);
  const keyIds = await withDatabase(async (c) => (await c.query("SELECT key_id, count(*)::int AS n FROM secrets GROUP BY key_id")).rows, server.dataDir);
  expect(keyIds, "secrets left under the retired key").toEqual([{ key_id: newKey, n: guids.length }]);
  for (const guid of guids) {
    const verified = await send("POST", `/__api__/v1/oauth/integrations/${guid}/verify`, { base: server.base, headers: key() });
    expect(verified.status, `${guid}: ${verified.text}`).toBe(200);
  }
  console.log(`[proofs] rotation: ${guids.length} integrations verified against the loopback OAuth server after rotation`);
  const chain = auditVerify(server.dataDir);
  expect(chain.ok, chain.message).toBe(true);
});

type Acked = { guid: string; version: number; description: string };

test("kill -9 of the whole console under a write load: every acknowledged write survives, nothing half-written", async () => {
  test.setTimeout(300_000);
  const acked: Acked[] = []; // every acknowledged create and update, in order
  const latest = new Map<string, Acked>(); // per object: the last acknowledged state
  const inFlight = new Map<string, Acked>(); // per object: a write sent but not answered
  let crashing = false;
  const unexpected: string[] = [];

  const writer = async (w: number) => {
    for (let n = 0; !crashing; n++) {
      try {
        const description = `w${w} n${n} v1`;
        const created = await send("POST", "/__api__/v1/oauth/integrations", { base: server.base, headers: key(), body: { ...integrationBody(`crash w${w} n${n}`, `crash-secret-${w}-${n}`), description } });
        if (created.status !== 200) throw new Error(`create: ${created.status} ${created.text}`);
        const guid = (created.json as { guid: string }).guid;
        const state = { guid, version: 1, description };
        acked.push(state);
        latest.set(guid, state);
        for (let u = 2; u <= 4 && !crashing; u++) {
          const next = { guid, version: u, description: `w${w} n${n} v${u}` };
          inFlight.set(guid, next);
          const patched = await send("PATCH", `/__api__/v1/oauth/integrations/${guid}`, {
            base: server.base,
            headers: { ...key(), "if-match": `"${guid}.${u - 1}"` },
            body: { description: next.description, config: { client_secret: `crash-secret-${w}-${n}-${u}` } },
          });
          if (patched.status !== 200) throw new Error(`update: ${patched.status} ${patched.text}`);
          expect(versionFromEtag(patched.headers.get("etag"))).toBe(u);
          inFlight.delete(guid);
          acked.push(next);
          latest.set(guid, next);
        }
      } catch (error) {
        if (!crashing) unexpected.push(String(error));
        return;
      }
    }
  };

  const writers = Array.from({ length: 12 }, (_, w) => writer(w));
  await new Promise((r) => setTimeout(r, 6000));
  crashing = true;
  await server.crash();
  await Promise.all(writers);
  expect(unexpected, "before the crash every write succeeds").toEqual([]);
  expect(acked.length).toBeGreaterThan(20);

  await server.restart();

  // Every acknowledged write is there: the object at that version or one write later (the write in
  // flight at the kill may have committed unanswered), and each acknowledged version audited.
  for (const [guid, last] of latest) {
    const got = await send("GET", `/__api__/v1/oauth/integrations/${guid}`, { base: server.base, headers: key() });
    expect(got.status, `${guid} acknowledged but missing after the crash`).toBe(200);
    const version = versionFromEtag(got.headers.get("etag"));
    const expected = version === last.version ? last : inFlight.get(guid);
    expect(expected?.version, `${guid}: at version ${version}, last acknowledged ${last.version}`).toBe(version);
    expect((got.json as { description: string }).description).toBe(expected!.description);
  }
  const audited = await withDatabase(
    async (c) =>
      new Set(
        (await c.query(`SELECT resource_id || ':' || (after->>'version') || ':' || (after->>'description') AS k FROM audit_events WHERE resource_type = 'integration' AND outcome = 'success' AND action IN ('integration.create', 'integration.update')`)).rows.map(
          (r) => r.k as string,
        ),
      ),
    server.dataDir,
  );
  const unaudited = acked.filter((a) => !audited.has(`${a.guid}:${a.version}:${a.description}`));
  expect(unaudited, "acknowledged writes without their audit event").toEqual([]);

  // Nothing half-written, across everything in the database (acknowledged or not).
  const halfWritten = await withDatabase(async (c) => {
    const q = async (sql: string) => (await c.query(sql)).rows;
    return {
      objectsWithoutCreateAudit: await q(`SELECT guid FROM integrations i WHERE NOT EXISTS (SELECT 1 FROM audit_events a WHERE a.resource_id = i.guid::text AND a.action = 'integration.create' AND a.outcome = 'success')`),
      versionsWithoutUpdateAudit: await q(`SELECT guid, version FROM integrations i WHERE version - 1 <> (SELECT count(*) FROM audit_events a WHERE a.resource_id = i.guid::text AND a.action = 'integration.update' AND a.outcome = 'success')`),
      auditWithoutObject: await q(`SELECT resource_id FROM audit_events a WHERE a.action = 'integration.create' AND NOT EXISTS (SELECT 1 FROM integrations i WHERE i.guid::text = a.resource_id)`),
      secretsWithoutObject: await q(`SELECT resource_id, field FROM secrets s WHERE s.resource_type = 'integration' AND NOT EXISTS (SELECT 1 FROM integrations i WHERE i.guid::text = s.resource_id)`),
      objectsWithoutSecret: await q(`SELECT guid FROM integrations i WHERE NOT EXISTS (SELECT 1 FROM secrets s WHERE s.resource_id = i.guid::text AND s.field = 'client_secret')`),
    };
  }, server.dataDir);
  expect(halfWritten).toEqual({ objectsWithoutCreateAudit: [], versionsWithoutUpdateAudit: [], auditWithoutObject: [], secretsWithoutObject: [], objectsWithoutSecret: [] });

  const chain = auditVerify(server.dataDir);
  expect(chain.ok, chain.message).toBe(true);
  console.log(`[proofs] crash: ${acked.length} acknowledged writes (${latest.size} objects) checked after kill -9 of launcher, Next and PostgreSQL; ${inFlight.size} in flight; audit chain intact (${chain.checked} events)`);
});
