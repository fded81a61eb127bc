// Fruxon's tenant integrations API over HTTP against the running console: every operation, every
// role, another tenant, bad inputs, the seed's PUT verbatim, access tokens, and the same
// integration edited through Posit's door and Fruxon's with one ETag.
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { E2E_SERVER_LOG } from "../../playwright.config";
import { startOAuthServer, type TestOAuthServer } from "../../test/support/oauth-server";
import { consoleCli } from "../support/cli";
import { tableText } from "../support/database";
import { unique } from "../support/helpers";
import { roleKeys } from "../support/roles";

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const BASE = "/v1/tenants/default/integrations";
const CLIENT = { client_id: "fruxon-e2e", client_secret: unique("fruxon-provider-secret") };

let oauth: TestOAuthServer;
test.beforeAll(async () => {
  oauth = await startOAuthServer({ port: 3421, clients: [CLIENT] });
});
test.afterAll(async () => oauth?.stop());

// A custom Service Account integration whose token endpoint is the loopback OAuth server.
const serviceAccount = (secret: string, extra: Record<string, unknown> = {}) => ({
  displayName: "Warehouse",
  description: "Token endpoint on loopback",
  tags: ["e2e", "warehouse"],
  configMetadata: {
    authMetadata: [{ id: "custom.service_account", authSettings: { parameters: { client_secret: secret } } }],
    parametersMetadata: [
      { name: "token_uri", defaultValue: oauth.tokenUrl },
      { name: "client_id", defaultValue: CLIENT.client_id },
    ],
  },
  ...extra,
});

async function expectProblem(response: APIResponse, status: number, detail?: RegExp) {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  const body = await response.json();
  expect(body).toMatchObject({ type: expect.stringMatching(/^https:/), title: expect.any(String), status, detail: expect.any(String), instance: expect.stringMatching(/^\/v1\//) });
  if (detail) expect(body.detail).toMatch(detail);
  return body;
}

async function create(request: APIRequestContext, body: unknown) {
  const response = await request.post(BASE, { headers: bearer(roleKeys().admin), data: body });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

const verify = (request: APIRequestContext, id: string, parameters: Record<string, string> = {}) =>
  request.post(`${BASE}/${id}:verifyConfig`, { headers: bearer(roleKeys().admin), data: { authMetadataId: "custom.service_account", authConfig: { parameters } } });

test("create, read, list, update and delete; secrets only ever go in", async ({ request }) => {
  const admin = bearer(roleKeys().admin);
  const secret = CLIENT.client_secret;
  const id = unique("warehouse");
  const created = await create(request, serviceAccount(secret, { id }));
  expect(created).toMatchObject({ id, displayName: "Warehouse", type: "CUSTOM", tags: ["e2e", "warehouse"], isInternal: false });
  expect(created.createdAt).toEqual(expect.any(Number));
  const params = Object.fromEntries(created.configMetadata.parametersMetadata.map((p: { name: string }) => [p.name, p]));
  expect(params.client_secret).toMatchObject({ secret: true, defaultValue: null });
  expect(params.token_uri).toMatchObject({ secret: false, defaultValue: oauth.tokenUrl });
  expect(created.configMetadata.authMetadata).toEqual([expect.objectContaining({ id: "custom.service_account", configTestSupported: true, supportedLevels: ["APPLICATION"] })]);

  const read = await request.get(`${BASE}/${id}`, { headers: bearer(roleKeys().publisher) });
  expect(read.status()).toBe(200);
  expect(read.headers()["etag"]).toBeTruthy();
  expect(await read.json()).toEqual(created);

  const list = await (await request.get(`${BASE}?search=${id.toUpperCase()}&types=CUSTOM`, { headers: admin })).json();
  expect(list).toEqual({ items: [created], nextPageToken: null, totalCount: 1 });
  expect((await (await request.get(`${BASE}?tags=warehouse&search=${id}`, { headers: admin })).json()).totalCount).toBe(1);
  expect((await (await request.get(`${BASE}?tags=nope&search=${id}`, { headers: admin })).json()).totalCount).toBe(0);

  expect(await (await verify(request, id)).json()).toEqual({ success: true, error: null, authorizationUrl: null, authMapResults: [] });
  const wrong = await (await verify(request, id, { client_secret: "wrong-secret" })).json();
  expect(wrong).toMatchObject({ success: false, error: expect.stringContaining("invalid_client") });

  const newSecret = unique("canary-fruxon-new");
  const put = await request.put(`${BASE}/${id}`, { headers: admin, data: { displayName: "Warehouse 2", tags: ["prod"], configMetadata: { parametersMetadata: [{ name: "client_secret", defaultValue: newSecret }] } } });
  expect(put.status(), await put.text()).toBe(200);
  expect(await put.json()).toMatchObject({ id, displayName: "Warehouse 2", description: "Token endpoint on loopback", tags: ["prod"] });
  expect((await (await verify(request, id)).json()).success).toBe(false); // the provider knows only the first secret

  // Nothing of either secret anywhere: responses, lists, audit rows, secrets table, server log.
  const everything = [
    JSON.stringify(created),
    await put.text(),
    await (await request.get(BASE, { headers: admin })).text(),
    await (await request.get(`/__api__/v1/oauth/integrations`, { headers: { Authorization: `Key ${roleKeys().admin}` } })).text(),
    await tableText("audit_events"),
    await tableText("secrets"),
    await tableText("integrations"),
    readFileSync(E2E_SERVER_LOG, "utf8"),
  ].join("\n");
  for (const value of [secret, newSecret, "wrong-secret"]) expect(everything).not.toContain(value);

  expect((await request.delete(`${BASE}/${id}`, { headers: admin })).status()).toBe(204);
  await expectProblem(await request.get(`${BASE}/${id}`, { headers: admin }), 404);
});

test("the seed's PUT: -d '{}' and a body without credentials keep the stored secret", async ({ request }) => {
  const admin = bearer(roleKeys().admin);
  const created = await create(request, serviceAccount(CLIENT.client_secret));
  const empty = await request.put(`${BASE}/${created.id}`, { headers: { ...admin, "Content-Type": "application/json" }, data: "{}" });
  expect(empty.status(), await empty.text()).toBe(200);
  expect(await empty.json()).toMatchObject({ id: created.id, displayName: created.displayName, description: created.description, tags: created.tags });
  expect(await (await verify(request, created.id)).json()).toMatchObject({ success: true });

  // Round-trip: GET, edit a non-secret value, PUT the whole configMetadata back (secret echoed as null).
  const current = await (await request.get(`${BASE}/${created.id}`, { headers: admin })).json();
  const edited = current.configMetadata.parametersMetadata.map((p: { name: string }) => (p.name === "scopes" ? { ...p, defaultValue: "read write" } : p));
  const roundTrip = await request.put(`${BASE}/${created.id}`, { headers: admin, data: { description: "edited", configMetadata: { ...current.configMetadata, parametersMetadata: edited } } });
  expect(roundTrip.status(), await roundTrip.text()).toBe(200);
  const body = await roundTrip.json();
  expect(body.configMetadata.parametersMetadata.find((p: { name: string }) => p.name === "scopes").defaultValue).toBe("read write");
  expect(await (await verify(request, created.id)).json()).toMatchObject({ success: true });
});

test("roles: publisher reads, viewer is refused, only admin writes or verifies", async ({ request }) => {
  const { publisher, viewer } = roleKeys();
  const created = await create(request, serviceAccount("role-secret"));
  const url = `${BASE}/${created.id}`;
  expect((await request.get(BASE, { headers: bearer(publisher) })).status()).toBe(200);
  await expectProblem(await request.get(BASE, { headers: bearer(viewer) }), 403);
  await expectProblem(await request.get(url, { headers: bearer(viewer) }), 403);
  await expectProblem(await request.post(BASE, { headers: bearer(publisher), data: serviceAccount("x") }), 403);
  await expectProblem(await request.put(url, { headers: bearer(publisher), data: { displayName: "hijack" } }), 403);
  await expectProblem(await request.delete(url, { headers: bearer(publisher) }), 403);
  await expectProblem(await request.post(`${url}:verifyConfig`, { headers: bearer(publisher), data: { authMetadataId: "custom.service_account", authConfig: {} } }), 403);
  expect((await (await request.get(url, { headers: bearer(publisher) })).json()).displayName).toBe("Warehouse");
  await expectProblem(await request.get(BASE), 401);
  await expectProblem(await request.get(BASE, { headers: { Authorization: `Key ${roleKeys().admin}` } }), 401);
  await expectProblem(await request.get(BASE, { headers: bearer("not-a-key") }), 401);
});

test("another tenant: 404 both ways, whether or not it exists", async ({ request }) => {
  const slug = unique("tenant").toLowerCase();
  consoleCli(["org", "create", "--slug", slug, "--name", "Other tenant"]);
  const email = `${unique("other-admin")}@example.com`;
  consoleCli(["user", "create", "--email", email, "--role", "admin", "--org", slug, "--password", "other-admin-password-1"]);
  const otherKey = consoleCli(["api-key", "create", "--user", email, "--org", slug, "--name", "other"]);
  const mine = await create(request, serviceAccount("tenant-secret"));
  const admin = bearer(roleKeys().admin);
  await expectProblem(await request.get(`/v1/tenants/${slug}/integrations`, { headers: admin }), 404);
  await expectProblem(await request.get(`/v1/tenants/no-such-tenant/integrations`, { headers: admin }), 404);
  await expectProblem(await request.get(`${BASE}/${mine.id}`, { headers: bearer(otherKey) }), 404);
  await expectProblem(await request.get(`/v1/tenants/${slug}/integrations/${mine.id}`, { headers: bearer(otherKey) }), 404);
  await expectProblem(await request.put(`/v1/tenants/${slug}/integrations/${mine.id}`, { headers: bearer(otherKey), data: { displayName: "x" } }), 404);
  await expectProblem(await request.delete(`/v1/tenants/${slug}/integrations/${mine.id}`, { headers: bearer(otherKey) }), 404);
  // The other tenant may use the same id for its own integration.
  const theirs = await request.post(`/v1/tenants/${slug}/integrations`, { headers: bearer(otherKey), data: serviceAccount("theirs", { id: mine.id }) });
  expect(theirs.status(), await theirs.text()).toBe(201);
  expect((await (await request.get(`${BASE}/${mine.id}`, { headers: admin })).json()).displayName).toBe("Warehouse");
});

test("bad input is a problem+json 4xx with per-field errors and changes nothing", async ({ request }) => {
  const admin = bearer(roleKeys().admin);
  const existing = await create(request, serviceAccount("bad-input-secret", { id: unique("taken") }));
  const countBefore = (await (await request.get(`${BASE}?types=CUSTOM&page_size=1`, { headers: admin })).json()).totalCount;
  const cases: [unknown, number, string][] = [
    [serviceAccount("x", { id: "bad id!" }), 400, "id"],
    [serviceAccount("x", { id: existing.id }), 409, "id"],
    [serviceAccount("x", { id: "azure" }), 409, "id"],
    [serviceAccount("x", { displayName: "n".repeat(101) }), 400, "displayName"],
    [serviceAccount("x", { description: "d".repeat(501) }), 400, "description"],
    [serviceAccount("x", { owner: "me" }), 400, "body"],
    [serviceAccount("x", { tags: ["a,b"] }), 400, "tags.0"],
    [{ displayName: "no auth method" }, 400, "configMetadata.authMetadata"],
    [{ configMetadata: { authMetadata: [{ id: "nope.viewer" }] } }, 400, "configMetadata.authMetadata"],
  ];
  for (const [body, status, field] of cases) {
    const problem = await expectProblem(await request.post(BASE, { headers: admin, data: body }), status);
    expect(Object.keys(problem.errors ?? {}), JSON.stringify(problem)).toContain(field);
  }
  await expectProblem(await request.post(BASE, { headers: { ...admin, "content-type": "application/json" }, data: Buffer.from("{not json") }), 400, /JSON/);
  await expectProblem(await request.put(`${BASE}/${existing.id}`, { headers: admin, data: { id: "renamed" } }), 400);
  await expectProblem(await request.put(`${BASE}/${existing.id}`, { headers: admin, data: { configMetadata: { authMetadata: [{ id: "azure.viewer" }] } } }), 400, /template cannot be changed/);
  await expectProblem(await request.get(`${BASE}?page_token=garbage`, { headers: admin }), 400, /page_token/);
  await expectProblem(await request.get(`${BASE}?page_token=${Buffer.from('{"p":"t","a":1}').toString("base64url")}`, { headers: admin }), 400, /page_token/);
  await expectProblem(await request.get(`${BASE}?page_size=0`, { headers: admin }), 400, /page_size/);
  await expectProblem(await request.get(`${BASE}?types=BOGUS`, { headers: admin }), 400, /BOGUS/);
  await expectProblem(await request.post(`${BASE}/${existing.id}:explode`, { headers: admin, data: {} }), 404);
  await expectProblem(await request.post(`${BASE}/${existing.id}:verifyConfig`, { headers: admin, data: { authConfig: {} } }), 400, /authMetadataId/);
  await expectProblem(await request.post(`${BASE}/${existing.id}:verifyConfig`, { headers: admin, data: { authMetadataId: "azure.viewer", authConfig: {} } }), 400);
  expect((await (await request.get(`${BASE}?types=CUSTOM&page_size=1`, { headers: admin })).json()).totalCount).toBe(countBefore);
  expect((await (await request.get(`${BASE}/${existing.id}`, { headers: admin })).json()).displayName).toBe("Warehouse");
});

test("SYSTEM integrations: the built-in templates, read-only, 404 to DELETE, verify only where supported", async ({ request }) => {
  const admin = bearer(roleKeys().admin);
  const page = await (await request.get(`${BASE}?types=SYSTEM&page_size=200`, { headers: admin })).json();
  expect(page.items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining(["custom", "azure", "connect", "snowflake"]));
  expect(page.items.every((i: { type: string }) => i.type === "SYSTEM")).toBe(true);
  const azure = await (await request.get(`${BASE}/azure`, { headers: bearer(roleKeys().publisher) })).json();
  expect(azure.configMetadata.authMetadata.map((a: { id: string }) => a.id)).toEqual(["azure.viewer", "azure.service_account"]);
  await expectProblem(await request.delete(`${BASE}/azure`, { headers: admin }), 404);
  await expectProblem(await request.put(`${BASE}/azure`, { headers: admin, data: {} }), 403);
  await expectProblem(await request.post(`${BASE}/connect:verifyConfig`, { headers: admin, data: { authMetadataId: "connect.visitor_api_key", authConfig: {} } }), 400, /configTestSupported/);
  const tried = await request.post(`${BASE}/custom:verifyConfig`, {
    headers: admin,
    data: { authMetadataId: "custom.service_account", authConfig: { parameters: { client_secret: CLIENT.client_secret } }, configParameters: { token_uri: oauth.tokenUrl, client_id: CLIENT.client_id } },
  });
  expect(await tried.json()).toMatchObject({ success: true });
});

test("pages: opaque tokens, stable under inserts, every item exactly once", async ({ request }) => {
  const admin = bearer(roleKeys().admin);
  const tag = unique("paging").toLowerCase();
  for (let i = 0; i < 5; i++) await create(request, serviceAccount("p", { id: `${tag}-${i}`, tags: [tag] }));
  const seen: string[] = [];
  let token: string | null = null;
  let first = true;
  do {
    const page = await (await request.get(`${BASE}?tags=${tag}&page_size=2${token ? `&page_token=${token}` : ""}`, { headers: admin })).json();
    expect(page.totalCount).toBe(first ? 5 : page.totalCount);
    seen.push(...page.items.map((i: { id: string }) => i.id));
    // An insert before the cursor must not shift the next page.
    if (first) await create(request, serviceAccount("p", { id: `${tag}-0a`, tags: [tag] }));
    first = false;
    token = page.nextPageToken;
  } while (token);
  expect(seen).toEqual([`${tag}-0`, `${tag}-1`, `${tag}-2`, `${tag}-3`, `${tag}-4`]);
});

test("access tokens: an API key buys a short-lived JWT that cannot buy another", async ({ request }) => {
  const issued = await request.post("/v1/auth/token", { headers: bearer(roleKeys().admin) });
  expect(issued.status(), await issued.text()).toBe(200);
  const { access_token, token_type, expires_in } = await issued.json();
  expect(token_type).toBe("Bearer");
  expect(expires_in).toBe(900);
  expect((await request.get(BASE, { headers: bearer(access_token) })).status()).toBe(200);
  await expectProblem(await request.post("/v1/auth/token", { headers: bearer(access_token) }), 401);
  await expectProblem(await request.get(BASE, { headers: bearer(`${access_token.slice(0, -2)}xx`) }), 401);

  // The token carries the key's live role: a publisher's token still cannot write.
  const publisherToken = (await (await request.post("/v1/auth/token", { headers: bearer(roleKeys().publisher) })).json()).access_token;
  expect((await request.get(BASE, { headers: bearer(publisherToken) })).status()).toBe(200);
  await expectProblem(await request.post(BASE, { headers: bearer(publisherToken), data: serviceAccount("x") }), 403);
});

test("one integration, two doors: each sees the other's changes; a stale If-Match from either is 412", async ({ request }) => {
  const key = { Authorization: `Key ${roleKeys().admin}` };
  const admin = bearer(roleKeys().admin);
  const posit = await request.post("/__api__/v1/oauth/integrations", {
    headers: key,
    data: { name: unique("two-doors"), template: "connect", config: { max_role: "Viewer" } },
  });
  expect(posit.status()).toBe(200);
  const made = await posit.json();
  const found = await (await request.get(`${BASE}?search=${made.name}`, { headers: admin })).json();
  expect(found.totalCount).toBe(1);
  const slug = found.items[0].id;
  const positUrl = `/__api__/v1/oauth/integrations/${made.guid}`;
  const fruxonUrl = `${BASE}/${slug}`;

  const etag1 = (await request.get(fruxonUrl, { headers: admin })).headers()["etag"];
  expect((await request.get(positUrl, { headers: key })).headers()["etag"]).toBe(etag1);
  const viaFruxon = await request.put(fruxonUrl, { headers: { ...admin, "If-Match": etag1 }, data: { description: "from Fruxon", tags: ["both"] } });
  expect(viaFruxon.status()).toBe(200);
  expect((await request.patch(positUrl, { headers: { ...key, "If-Match": etag1 }, data: { name: "stale" } })).status()).toBe(412);
  const seenByPosit = await request.get(positUrl, { headers: key });
  expect(await seenByPosit.json()).toMatchObject({ description: "from Fruxon" });
  const etag2 = seenByPosit.headers()["etag"];
  const viaPosit = await request.patch(positUrl, { headers: { ...key, "If-Match": etag2 }, data: { config: { max_role: "Publisher" } } });
  expect(viaPosit.status()).toBe(200);
  await expectProblem(await request.put(fruxonUrl, { headers: { ...admin, "If-Match": etag2 }, data: { displayName: "stale" } }), 412);
  const seenByFruxon = await (await request.get(fruxonUrl, { headers: admin })).json();
  expect(seenByFruxon).toMatchObject({ description: "from Fruxon", tags: ["both"] });
  expect(seenByFruxon.configMetadata.parametersMetadata.find((p: { name: string }) => p.name === "max_role").defaultValue).toBe("Publisher");
  // And the reverse: made through Fruxon, then read, renamed and verified through Posit.
  const name = unique("from-fruxon");
  const viaF = await create(request, serviceAccount(CLIENT.client_secret, { displayName: name }));
  const list = (await (await request.get("/__api__/v1/oauth/integrations", { headers: key })).json()) as { guid: string; name: string; template: string; auth_type: string }[];
  const twin = list.find((i) => i.name === name);
  expect(twin).toMatchObject({ template: "custom", auth_type: "Service Account" });
  const renamed = await request.patch(`/__api__/v1/oauth/integrations/${twin?.guid}`, { headers: key, data: { name: `${name}-renamed` } });
  expect(renamed.status()).toBe(200);
  expect((await (await request.get(`${BASE}/${viaF.id}`, { headers: admin })).json()).displayName).toBe(`${name}-renamed`);
  expect((await request.post(`/__api__/v1/oauth/integrations/${twin?.guid}/verify`, { headers: key })).status()).toBe(200);
});
