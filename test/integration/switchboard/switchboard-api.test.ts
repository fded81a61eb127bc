// Versori Switchboard's API through its route handlers: every operation × role × another
// organisation, every auth type, bad inputs, paging, and canary secrets. Every response body is
// checked against the vendor's OpenAPI document by `call` (test/support/switchboard-client.ts).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/permissions";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { db } from "@/lib/server/db/client";
import { readStoredSecret } from "@/test/support/stored-secret";
import { context, createTeam } from "../../support/fixtures";
import { call, expectError } from "../../support/switchboard-client";

type Team = Awaited<ReturnType<typeof createTeam>>;
const keyFor = async (team: Team, role: Role) => (await createApiKey(team[role], { name: `${role} key` }, context())).key;

let team: Team;
let keys: Record<Role, string>;
let other: { team: Team; admin: string };
let org: string;
let appId: string;

// Everything written to stdout/stderr while these tests run (the server's log lines go there).
const logged: string[] = [];
const writes = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };

const everyAuthType = (secret: string) => ({
  name: "Everything API",
  public: false,
  server: { name: "Everything", url: "https://api.everything.example" },
  schemaId: "schema-1",
  authConfigs: [
    { type: "apikey", data: { name: "X-API-Key", in: "header" } },
    { type: "httpBasicAuth", data: {} },
    { type: "httprefresh", data: { tokenEndpoint: "https://auth.example/token", method: "POST", tokenTTL: 3600, secretIn: "header", headerDestination: "X-Secret", selector: "result.tok", name: "Authorization", in: "header", prefix: "Bearer" } },
    { type: "jwtbearer", data: { algorithm: "HS256", secret: `app-jwt-${secret}` } },
    { type: "customFunction", data: { function_url: "https://fn.example/auth" } },
    { type: "oidc", data: { discoveryUrl: "https://idp.example/.well-known/openid-configuration", clientId: "oidc-client", clientSecret: `app-oidc-${secret}` } },
  ],
});

const DATA: Record<string, (s: string) => Record<string, unknown>> = {
  apikey: (s) => ({ apiKey: `key-${s}` }),
  httpBasicAuth: (s) => ({ user: "svc-user", password: `pw-${s}` }),
  httprefresh: (s) => ({ secret: `refresh-${s}` }),
  jwtbearer: (s) => ({ secret: `jwt-${s}`, payload: { sub: "svc", aud: "api" }, algorithm: "HS256", expiresIn: "1h" }),
  customFunction: (s) => ({ data: `fn-${s}` }),
};

beforeAll(async () => {
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => (logged.push(String(chunk)), writes.out(chunk as string, ...(rest as [])))) as typeof process.stdout.write;
  process.stderr.write = ((chunk: unknown, ...rest: unknown[]) => (logged.push(String(chunk)), writes.err(chunk as string, ...(rest as [])))) as typeof process.stderr.write;
  team = await createTeam();
  keys = { admin: await keyFor(team, "admin"), publisher: await keyFor(team, "publisher"), viewer: await keyFor(team, "viewer") };
  const otherTeam = await createTeam();
  other = { team: otherTeam, admin: await keyFor(otherTeam, "admin") };
  org = `/organisations/${team.organization.id}`;
  const created = await call("POST", `${org}/apps`, { key: keys.admin, body: everyAuthType("setup") });
  expect(created.status).toBe(200);
  appId = created.body.id;
});

afterAll(() => {
  process.stdout.write = writes.out;
  process.stderr.write = writes.err;
});

describe("Switchboard connections", () => {
  it("the seed: create an apikey connection, PUT {name, data:{apiKey}} verbatim, GET shows the new name and no key", async () => {
    const first = `seed-key-${randomUUID()}`;
    const second = `seed-key-${randomUUID()}`;
    const created = await call("POST", `${org}/connections`, { key: keys.admin, body: { name: "My API Key", appId: "generic-rest", authType: "apikey", data: { apiKey: first } } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "My API Key", orgId: team.organization.id, authType: "apikey", app: { id: "generic-rest", public: true }, authConfig: { type: "apikey", isValid: true }, usedByBoards: [] });
    const url = `${org}/connections/${created.body.id}`;
    const replaced = await call("PUT", url, { key: keys.admin, body: { name: "Renamed key", data: { apiKey: second } } });
    expect(replaced.status).toBe(200);
    const read = await call("GET", url, { key: keys.admin });
    expect(read.body).toMatchObject({ id: created.body.id, name: "Renamed key", credentialId: created.body.credentialId });
    expect(await readStoredSecret("connection", created.body.id, "apiKey")).toBe(second);
    // The organisation's slug works in the path as well as its id; raw and Bearer keys both work.
    const bySlug = await call("GET", `/organisations/${team.organization.slug}/connections/${created.body.id}`, { key: `Bearer ${keys.publisher}` });
    expect(bySlug.body.name).toBe("Renamed key");
    for (const text of [created.text, replaced.text, read.text, bySlug.text]) {
      expect(text).not.toContain(first);
      expect(text).not.toContain(second);
    }
  });

  it("every auth type configured with data: create, replace (blank secret keeps it), read — secrets only encrypted", async () => {
    const canary = randomUUID();
    for (const [authType, make] of Object.entries(DATA)) {
      const data = make(canary);
      const created = await call("POST", `${org}/connections`, { key: keys.admin, body: { name: `${authType} conn`, appId, authType, data } });
      expect(created.status, created.text).toBe(201);
      expect(created.body).toMatchObject({ authType, app: { id: appId }, authConfig: { type: authType, isValid: true } });
      const url = `${org}/connections/${created.body.id}`;
      // Secret fields blank: the stored values stay; other fields are replaced.
      const blanked = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === "string" && /-/.test(v) && v.includes(canary) ? "" : v]));
      const replaced = await call("PUT", url, { key: keys.admin, body: { name: `${authType} renamed`, data: blanked } });
      expect(replaced.status, replaced.text).toBe(200);
      for (const [field, value] of Object.entries(data)) {
        if (typeof value === "string" && value.includes(canary)) expect(await readStoredSecret("connection", created.body.id, field)).toBe(value);
      }
      const read = await call("GET", url, { key: keys.publisher });
      expect(read.body.name).toBe(`${authType} renamed`);
    }
    // oauth2 client credentials on the catalogue's Salesforce app.
    const cc = await call("POST", `${org}/connections`, { key: keys.admin, body: { name: "SF", appId: "salesforce", authType: "oauth2", data: { clientId: "sf-client", clientSecret: `cs-${canary}`, additionalParameters: "audience=x" } } });
    expect(cc.status, cc.text).toBe(201);
    expect(cc.body.authConfig).toMatchObject({ type: "oauth2", isValid: true, data: { flowType: "client_credentials" } });

    const list = await call("GET", `${org}/connections?first=100`, { key: keys.admin });
    const stored = await db.$queryRawUnsafe<{ row: string }[]>(`SELECT t::text AS row FROM connections t UNION ALL SELECT t::text FROM audit_events t UNION ALL SELECT t::text FROM apps t UNION ALL SELECT encode(ciphertext, 'escape') FROM secrets`);
    const everything = [list.text, ...stored.map((r) => r.row), logged.join("")].join("\n");
    expect(everything).not.toContain(canary);
  });

  it("app secrets are write-only; isValid follows completeness", async () => {
    const reply = await call("GET", `${org}/apps/${appId}`, { key: keys.publisher });
    expect(reply.text).not.toMatch(/app-(jwt|oidc)-setup/);
    const types = Object.fromEntries(reply.body.supportedAuthConfigs.map((c: { type: string; isValid: boolean }) => [c.type, c.isValid]));
    expect(types).toEqual({ apikey: true, httpBasicAuth: true, httprefresh: true, jwtbearer: true, customFunction: true, oidc: true });
    expect(await readStoredSecret("app", appId, "oidc.clientSecret")).toBe("app-oidc-setup");
    // Replace without the secret (same endpoint): kept. Remove jwtbearer: its secret goes; an incomplete apikey is not valid.
    const body = { ...everyAuthType("x"), authConfigs: [{ type: "oidc", data: { discoveryUrl: "https://idp.example/.well-known/openid-configuration", clientId: "c" } }, { type: "apikey", data: { in: "header" } }] };
    const app2 = await call("POST", `${org}/apps`, { key: keys.admin, body: everyAuthType("second") });
    const updated = await call("PUT", `${org}/apps/${app2.body.id}`, { key: keys.admin, body });
    expect(updated.status, updated.text).toBe(200);
    expect(updated.body.supportedAuthConfigs).toEqual([
      { type: "oidc", isValid: true, data: { discoveryUrl: "https://idp.example/.well-known/openid-configuration", clientId: "c" } },
      { type: "apikey", isValid: false, data: { in: "header" } },
    ]);
    expect(await readStoredSecret("app", app2.body.id, "jwtbearer.secret")).toBeNull();
    const refused = await call("POST", `${org}/connections`, { key: keys.admin, body: { name: "x", appId: app2.body.id, authType: "apikey", data: { apiKey: "k" } } });
    expectError(refused, 400, /incomplete/);
    expect((await call("DELETE", `${org}/apps/${app2.body.id}`, { key: keys.admin })).body).toEqual({ id: app2.body.id });
    expectError(await call("GET", `${org}/apps/${app2.body.id}`, { key: keys.admin }), 404);
    // An app with connections cannot be deleted.
    expectError(await call("DELETE", `${org}/apps/${appId}`, { key: keys.admin }), 409);
  });

  it("the public catalogue: GetPublicApps pages, GetPublicApp reads one", async () => {
    const page = await call("GET", "/apps?first=2", { key: keys.viewer });
    expect(page.body.items).toHaveLength(2);
    expect(page.body.totalCount).toBeGreaterThanOrEqual(4);
    const seen = [...page.body.items];
    let next = page.body.next;
    while (next) {
      const more = await call("GET", `/apps?first=2&after=${next}`, { key: keys.viewer });
      seen.push(...more.body.items);
      next = more.body.next;
    }
    expect(seen.map((a) => a.name)).toEqual([...seen.map((a) => a.name)].sort());
    expect(seen).toHaveLength(page.body.totalCount);
    expect((await call("GET", "/apps/github", { key: keys.viewer })).body).toMatchObject({ id: "github", public: true, orgId: "public" });
    expectError(await call("GET", "/apps/nope", { key: keys.viewer }), 404);
    expectError(await call("GET", `/apps/${appId}`, { key: keys.admin }), 404);
  });
});

describe("Switchboard roles, organisations, bad input", () => {
  it("every operation × role: admin writes, publisher reads, viewer is refused; another organisation sees 404", async () => {
    const conn = await call("POST", `${org}/connections`, { key: keys.admin, body: { name: "roles", appId, authType: "apikey", data: { apiKey: "roles-key" } } });
    const brd = await call("POST", `${org}/boards`, { key: keys.admin, body: { name: "roles board", connectionIds: [conn.body.id] } });
    expect(brd.status, brd.text).toBe(200);
    const reads: [string, string][] = [
      ["GET", `${org}/apps`],
      ["GET", `${org}/apps/${appId}`],
      ["GET", `${org}/connections`],
      ["GET", `${org}/connections/${conn.body.id}`],
      ["GET", `${org}/connected-apps`],
      ["GET", `${org}/boards`],
      ["GET", `${org}/boards/${brd.body.id}`],
    ];
    const writes: [string, string, unknown][] = [
      ["POST", `${org}/apps`, everyAuthType("w")],
      ["PUT", `${org}/apps/${appId}`, everyAuthType("w")],
      ["DELETE", `${org}/apps/${appId}`, undefined],
      ["POST", `${org}/connections`, { name: "w", appId, authType: "apikey", data: { apiKey: "w" } }],
      ["PUT", `${org}/connections/${conn.body.id}`, { name: "w", data: { apiKey: "w" } }],
      ["DELETE", `${org}/connections/${conn.body.id}`, undefined],
      ["POST", `${org}/boards`, { name: "w" }],
      ["PUT", `${org}/boards/${brd.body.id}`, { name: "w" }],
      ["DELETE", `${org}/boards/${brd.body.id}`, undefined],
      ["POST", `${org}/boards/${brd.body.id}/publish`, {}],
      ["POST", `${org}/boards/${brd.body.id}/unpublish`, {}],
    ];
    for (const [method, path] of reads) {
      expect((await call(method as "GET", path, { key: keys.publisher })).status, `${method} ${path}`).toBe(200);
      expectError(await call(method as "GET", path, { key: keys.viewer }), 403);
      expectError(await call(method as "GET", path, { key: other.admin }), 404);
      expectError(await call(method as "GET", path, {}), 401);
    }
    for (const [method, path, body] of writes) {
      expectError(await call(method as "POST", path, { key: keys.publisher, body }), 403);
      expectError(await call(method as "POST", path, { key: keys.viewer, body }), 403);
      expectError(await call(method as "POST", path, { key: other.admin, body }), 404);
    }
    // Ids of this organisation under the other organisation's own path: not found either.
    const otherOrg = `/organisations/${other.team.organization.id}`;
    expectError(await call("GET", `${otherOrg}/connections/${conn.body.id}`, { key: other.admin }), 404);
    expectError(await call("PUT", `${otherOrg}/connections/${conn.body.id}`, { key: other.admin, body: { name: "x", data: { apiKey: "x" } } }), 404);
    expectError(await call("DELETE", `${otherOrg}/boards/${brd.body.id}`, { key: other.admin }), 404);
    expectError(await call("GET", `${otherOrg}/apps/${appId}`, { key: other.admin }), 404);
    expectError(await call("POST", `${otherOrg}/connections`, { key: other.admin, body: { name: "x", appId, authType: "apikey", data: { apiKey: "x" } } }), 400, /not found/);
    expect((await call("GET", `${otherOrg}/connections`, { key: other.admin })).body).toEqual({ totalCount: 0, items: [] });
    // Nothing was changed by any refused call.
    const after = await call("GET", `${org}/connections/${conn.body.id}`, { key: keys.admin });
    expect(after.body).toMatchObject({ name: "roles", usedByBoards: [{ id: brd.body.id, name: "roles board" }] });
    expect(await readStoredSecret("connection", conn.body.id, "apiKey")).toBe("roles-key");
    const denied = await db.auditEvent.count({ where: { organizationId: team.organization.id, outcome: "denied" } });
    expect(denied).toBeGreaterThanOrEqual(reads.length + writes.length * 2);
  });

  it("bad input gets the spec's Error with a 4xx and changes nothing", async () => {
    const conn = await call("POST", `${org}/connections`, { key: keys.admin, body: { name: "bad-input target", appId, authType: "httpBasicAuth", data: { user: "u", password: "keep-this-password" } } });
    const before = (await call("GET", `${org}/connections`, { key: keys.admin })).body.totalCount;
    const cases: [unknown, RegExp][] = [
      [{ name: "x", appId: "no-such-app", authType: "apikey", data: { apiKey: "k" } }, /no-such-app.*not found/],
      [{ name: "x", appId: randomUUID(), authType: "apikey", data: { apiKey: "k" } }, /not found/],
      [{ name: "x", appId: "github", authType: "httpBasicAuth", data: { user: "u", password: "p" } }, /does not support auth type "httpBasicAuth"/],
      [{ name: "x", appId, authType: "bogus", data: {} }, /does not support/],
      [{ name: "x", appId, authType: "apikey", data: { key: "k" } }, /data/],
      [{ name: "x", appId, authType: "apikey", data: { apiKey: 42 } }, /data\.apiKey/],
      [{ name: "x", appId, authType: "apikey", data: { apiKey: "" } }, /data\.apiKey/],
      [{ name: "x", appId, authType: "httpBasicAuth", data: { user: "u" } }, /password/],
      [{ name: "x", appId, authType: "jwtbearer", data: { secret: "s", payload: {}, algorithm: "none" } }, /algorithm/],
      [{ name: "x", appId, authType: "apikey", data: "apiKey" }, /data must be an object/],
      [{ appId, authType: "apikey", data: { apiKey: "k" } }, /name/],
      [{ name: "x", appId, authType: "oidc", data: {} }, /connection-init/],
      [["not", "an", "object"], /JSON object/],
    ];
    for (const [body, message] of cases) expectError(await call("POST", `${org}/connections`, { key: keys.admin, body }), 400, message);
    expectError(await call("POST", `${org}/connections`, { key: keys.admin, body: "{not json" }), 400, /JSON/);
    const url = `${org}/connections/${conn.body.id}`;
    expectError(await call("PUT", url, { key: keys.admin, body: { name: "x", data: { apiKey: "wrong shape for basic auth" } } }), 400, /data/);
    expectError(await call("PUT", url, { key: keys.admin, body: { data: { user: "u" } } }), 400, /name/);
    expectError(await call("PUT", url, { key: keys.admin, body: "[" }), 400, /JSON/);
    for (const query of ["sort=nope:asc", "sort=name", "sort=name:up", "sort=name:asc,name:desc", "after=garbage", "before=%7B%7D", "first=0", "first=abc", "first=-1"]) {
      expectError(await call("GET", `${org}/connections?${query}`, { key: keys.admin }), 400);
    }
    // A cursor made for one sort is refused under another.
    const page = await call("GET", `${org}/connections?first=1&sort=name:asc`, { key: keys.admin });
    expectError(await call("GET", `${org}/connections?first=1&sort=createdAt:asc&after=${page.body.next}`, { key: keys.admin }), 400, /cursor/);
    expectError(await call("GET", `${org}/connections/not-a-uuid`, { key: keys.admin }), 404);
    expectError(await call("GET", `${org}/connections/${randomUUID()}`, { key: keys.admin }), 404);
    expectError(await call("POST", `${org}/apps`, { key: keys.admin, body: { name: "x", server: { url: "not a url" } } }), 400, /server\.url/);
    expectError(await call("POST", `${org}/apps`, { key: keys.admin, body: { name: "x", public: true, server: { url: "https://x.example" } } }), 400, /public/);
    expectError(await call("POST", `${org}/apps`, { key: keys.admin, body: { name: "x", server: { url: "https://x.example" }, authConfigs: [{ type: "saml", data: {} }] } }), 400, /type/);
    expectError(await call("POST", `${org}/apps`, { key: keys.admin, body: { name: "x", server: { url: "https://x.example" }, authConfigs: [{ type: "apikey", data: { in: "body" } }] } }), 400);
    expectError(await call("POST", `${org}/boards`, { key: keys.admin, body: { name: "b", connectionIds: [randomUUID()] } }), 400, /Unknown connection/);

    expect((await call("GET", `${org}/connections`, { key: keys.admin })).body.totalCount).toBe(before);
    const unchanged = await call("GET", url, { key: keys.admin });
    expect(unchanged.body).toMatchObject({ name: "bad-input target" });
    expect(unchanged.body).not.toHaveProperty("version");
    expect(await readStoredSecret("connection", conn.body.id, "password")).toBe("keep-this-password");
  });

  it("ETag and If-Match: a stale write is refused with 412", async () => {
    const conn = await call("POST", `${org}/connections`, { key: keys.admin, body: { name: "etag", appId, authType: "apikey", data: { apiKey: "e" } } });
    const url = `${org}/connections/${conn.body.id}`;
    const etag = (await call("GET", url, { key: keys.admin })).headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    expect((await call("PUT", url, { key: keys.admin, headers: { "if-match": etag }, body: { name: "first", data: { apiKey: "" } } })).status).toBe(200);
    expectError(await call("PUT", url, { key: keys.admin, headers: { "if-match": etag }, body: { name: "second", data: { apiKey: "" } } }), 412);
    expectError(await call("DELETE", url, { key: keys.admin, headers: { "if-match": etag } }), 412);
    expect((await call("GET", url, { key: keys.admin })).body.name).toBe("first");
  });
});

describe("Switchboard boards and paging", () => {
  it("deleting a connection unpublishes the boards that use it; usedByBoards is real", async () => {
    const a = await call("POST", `${org}/connections`, { key: keys.admin, body: { name: "used", appId, authType: "apikey", data: { apiKey: "u" } } });
    const b = await call("POST", `${org}/connections`, { key: keys.admin, body: { name: "other", appId, authType: "apikey", data: { apiKey: "o" } } });
    const live = await call("POST", `${org}/boards`, { key: keys.admin, body: { name: "Live board", connectionIds: [a.body.id] } });
    const draft = await call("POST", `${org}/boards`, { key: keys.admin, body: { name: "Draft board", connectionIds: [a.body.id, b.body.id] } });
    const untouched = await call("POST", `${org}/boards`, { key: keys.admin, body: { name: "Untouched", connectionIds: [b.body.id] } });
    expect((await call("POST", `${org}/boards/${live.body.id}/publish`, { key: keys.admin, body: { lastEventId: "e1" } })).status).toBe(202);
    expect((await call("POST", `${org}/boards/${untouched.body.id}/publish`, { key: keys.admin, body: { lastEventId: "e1" } })).status).toBe(202);
    const used = await call("GET", `${org}/connections/${a.body.id}`, { key: keys.admin });
    expect(used.body.usedByBoards).toEqual([{ id: draft.body.id, name: "Draft board" }, { id: live.body.id, name: "Live board" }]);
    expect((await call("DELETE", `${org}/connections/${a.body.id}`, { key: keys.admin })).body).toEqual({ id: a.body.id });
    expect((await call("GET", `${org}/boards/${live.body.id}`, { key: keys.admin })).body).toMatchObject({ status: "draft", connectionIds: [] });
    expect((await call("GET", `${org}/boards/${draft.body.id}`, { key: keys.admin })).body.connectionIds).toEqual([b.body.id]);
    expect((await call("GET", `${org}/boards/${untouched.body.id}`, { key: keys.admin })).body.status).toBe("published");
    const replaced = await call("PUT", `${org}/boards/${draft.body.id}`, { key: keys.admin, body: { name: "Renamed", connectionIds: [] } });
    expect(replaced.body).toMatchObject({ name: "Renamed", connectionIds: [] });
    expect((await call("DELETE", `${org}/boards/${draft.body.id}`, { key: keys.admin })).body).toEqual({ id: draft.body.id });
    const boards = await call("GET", `${org}/boards?search=untouch`, { key: keys.admin });
    expect(boards.body.items.map((x: { id: string }) => x.id)).toEqual([untouched.body.id]);
  });

  it("GetConnections pages with real cursors both ways, filtered by appId, in any sort", async () => {
    const own = await createTeam();
    const key = await keyFor(own, "admin");
    const base = `/organisations/${own.organization.id}`;
    const made = await call("POST", `${base}/apps`, { key, body: everyAuthType("paging") });
    for (let i = 0; i < 23; i++) {
      const app = i % 3 === 0 ? "generic-rest" : made.body.id;
      const r = await call("POST", `${base}/connections`, { key, body: { name: `conn ${String(i % 7).padStart(2, "0")}`, appId: app, authType: "apikey", data: { apiKey: `k${i}` } } });
      expect(r.status).toBe(201);
    }
    for (const sort of ["name:asc", "name:desc,createdAt:asc", "createdAt:desc", "updatedAt:asc,name:desc"]) {
      const all = await call("GET", `${base}/connections?first=100&sort=${sort}`, { key });
      expect(all.body.totalCount).toBe(23);
      expect(all.body.next).toBeUndefined();
      const forward: string[] = [];
      let reply = await call("GET", `${base}/connections?first=5&sort=${sort}`, { key });
      expect(reply.body.prev).toBeUndefined();
      forward.push(...reply.body.items.map((c: { id: string }) => c.id));
      while (reply.body.next) {
        reply = await call("GET", `${base}/connections?first=5&sort=${sort}&after=${reply.body.next}`, { key });
        forward.push(...reply.body.items.map((c: { id: string }) => c.id));
      }
      expect(forward).toEqual(all.body.items.map((c: { id: string }) => c.id));
      const backward: string[] = [...reply.body.items.map((c: { id: string }) => c.id)];
      while (reply.body.prev) {
        reply = await call("GET", `${base}/connections?first=5&sort=${sort}&before=${reply.body.prev}`, { key });
        backward.unshift(...reply.body.items.map((c: { id: string }) => c.id));
      }
      expect(backward).toEqual(forward);
    }
    const byApp = await call("GET", `${base}/connections?appId=generic-rest&first=3`, { key });
    expect(byApp.body.totalCount).toBe(8);
    expect(byApp.body.items.every((c: { app: { id: string } }) => c.app.id === "generic-rest")).toBe(true);
    const connected = await call("GET", `${base}/connected-apps?first=1`, { key });
    expect(connected.body.totalCount).toBe(2);
    expect(connected.body.items).toHaveLength(1);
    const second = await call("GET", `${base}/connected-apps?first=1&after=${connected.body.next}`, { key });
    const appIds = [connected.body.items[0].app.id, second.body.items[0].app.id].sort();
    expect(appIds).toEqual([made.body.id, "generic-rest"].sort());
    const counts = [connected.body.items[0], second.body.items[0]].map((x: { connections: unknown[] }) => x.connections.length).sort((p, q) => p - q);
    expect(counts).toEqual([8, 15]);
  });
});

describe("the vendor document check itself", () => {
  it("rejects bodies that break the spec (so a pass above means something)", async () => {
    const { responseErrors, sha256, VENDOR_SPEC, VENDOR_SPEC_SHA256 } = await import("../../support/versori-spec");
    // test/vendor/ holds the vendor's file byte for byte: responses are judged by Versori's document, not an edited one.
    expect(sha256(VENDOR_SPEC)).toBe(VENDOR_SPEC_SHA256);
    expect(await responseErrors("GetConnection", 200, { id: "c", orgId: "o", name: "n", credentialId: "x" })).not.toEqual([]);
    expect(await responseErrors("DeleteConnection", 200, { id: 7 })).not.toEqual([]);
    expect(await responseErrors("GetConnections", 200, { items: [] })).not.toEqual([]);
    expect(await responseErrors("GetConnection", 404, { message: "no code" })).not.toEqual([]);
    // An auth config whose data matches no branch at all still fails (httprefresh lacking its required fields… and not an object).
    const app = (await call("GET", "/apps/github", { key: keys.viewer })).body;
    expect(await responseErrors("GetPublicApp", 200, { ...app, supportedAuthConfigs: [{ type: "apikey", isValid: true, data: "x" }] })).not.toEqual([]);
  });
});
