// Posit Connect's OAuth integrations API over HTTP against the running console: every endpoint,
// every role, bad inputs, and the seed recipes verbatim.
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E_SERVER_LOG } from "../../playwright.config";
import { tableText } from "../support/database";
import { unique } from "../support/helpers";
import { roleKeys } from "../support/roles";

const as = (key: string) => ({ Authorization: `Key ${key}` });
const BASE = "/__api__/v1/oauth/integrations";

const azureBody = (secret: string) => ({
  name: "Azure",
  description: "Azure (staging)",
  template: "azure",
  config: {
    auth_mode: "Confidential",
    auth_type: "Viewer",
    client_id: "23a0078b-cd0d-489f-8e00-e5116c71db9b",
    client_secret: secret,
    scopes: "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default offline_access",
    tenant_id: "a0b52758-d0b5-4b27-a6c0-13ca07eabdd7",
  },
});

async function create(request: APIRequestContext, body: unknown) {
  const response = await request.post(BASE, { headers: as(roleKeys().admin), data: body });
  expect(response.status(), await response.text()).toBe(200);
  return response.json();
}

async function expectPositError(response: Awaited<ReturnType<APIRequestContext["get"]>>, status: number, message?: RegExp) {
  expect(response.status()).toBe(status);
  const body = (await response.json()) as { error: string };
  expect(body).toEqual({ code: expect.any(Number), error: expect.any(String), payload: null });
  if (message) expect(body.error).toMatch(message);
  return body;
}

test("server_settings and the current user", async ({ request }) => {
  const settings = await (await request.get("/__api__/server_settings")).json();
  expect(settings.version >= "2025.01.0").toBe(true);
  expect(settings.console_version).toMatch(/^\d+\.\d+\.\d+/);
  const me = await request.get("/__api__/v1/user", { headers: as(roleKeys().publisher) });
  expect(await me.json()).toMatchObject({ email: roleKeys().publisherEmail, user_role: "publisher", guid: expect.any(String) });
});

test("the seed recipe: create as admin, read as publisher, PATCH description and secret", async ({ request }) => {
  const secret = unique("canary-secret");
  const created = await create(request, azureBody(secret));
  expect(created).toMatchObject({ name: "Azure", template: "azure", auth_type: "Viewer", config: { tenant_id: "a0b52758-d0b5-4b27-a6c0-13ca07eabdd7" } });
  expect(created.config).not.toHaveProperty("client_secret");
  expect(created.id).toEqual(expect.any(String));
  expect(created.created_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

  const asPublisher = await request.get(`${BASE}/${created.guid}`, { headers: as(roleKeys().publisher) });
  expect(asPublisher.status()).toBe(200);
  expect(await asPublisher.json()).toMatchObject({ guid: created.guid, description: "Azure (staging)" });

  await new Promise((r) => setTimeout(r, 1100)); // updated_time has one-second resolution
  const newSecret = unique("new-client-secret");
  const patched = await request.patch(`${BASE}/${created.guid}`, {
    headers: as(roleKeys().admin),
    data: { description: "New Description", config: { client_secret: newSecret } },
  });
  expect(patched.status()).toBe(200);
  const body = await patched.json();
  expect(body).toMatchObject({ id: created.id, guid: created.guid, created_time: created.created_time, template: "azure", description: "New Description" });
  expect(body.config).toEqual(created.config);
  expect(body.updated_time > created.updated_time).toBe(true);

  // The secrets went in; they never come out — not in a response, the audit log or the server log.
  const everything = [JSON.stringify(body), JSON.stringify(await (await request.get(BASE, { headers: as(roleKeys().admin) })).json()), await tableText("audit_events"), await tableText("secrets"), readFileSync(E2E_SERVER_LOG, "utf8")].join("\n");
  for (const value of [secret, newSecret]) expect(everything).not.toContain(value);
});

test("roles: publisher reads, viewer is refused, only admin writes", async ({ request }) => {
  const created = await create(request, azureBody("s3cret-value"));
  const { publisher, viewer } = roleKeys();
  expect((await request.get(BASE, { headers: as(publisher) })).status()).toBe(200);
  await expectPositError(await request.get(BASE, { headers: as(viewer) }), 403);
  await expectPositError(await request.get(`${BASE}/${created.guid}`, { headers: as(viewer) }), 403);
  await expectPositError(await request.post(BASE, { headers: as(publisher), data: azureBody("x") }), 403);
  await expectPositError(await request.patch(`${BASE}/${created.guid}`, { headers: as(publisher), data: { name: "hijack" } }), 403);
  await expectPositError(await request.delete(`${BASE}/${created.guid}`, { headers: as(publisher) }), 403);
  await expectPositError(await request.post(`${BASE}/${created.guid}/verify`, { headers: as(publisher) }), 403);
  const after = await (await request.get(`${BASE}/${created.guid}`, { headers: as(publisher) })).json();
  expect(after.name).toBe("Azure");
  await expectPositError(await request.get(BASE), 401);
  await expectPositError(await request.get(BASE, { headers: { Authorization: "Key ic_AAAAAAAA_wrongwrongwrongwrongwrongwrongwrongwro" } }), 401);
});

test("bad input gets a clear 400 and changes nothing", async ({ request }) => {
  const admin = as(roleKeys().admin);
  const created = await create(request, azureBody("keep-me-secret"));
  const cases: [unknown, RegExp][] = [
    [{ template: "nope", config: {} }, /nope/],
    [{ ...azureBody("x"), config: { ...azureBody("x").config, foo: "bar" } }, /foo/],
    [{ template: "azure", config: { auth_mode: "Confidential", client_id: "abc", client_secret: "x" } }, /tenant_id/],
    [{ ...azureBody("x"), config: { ...azureBody("x").config, tenant_id: "not a tenant!" } }, /tenant_id/],
    [{ template: "connect", config: { max_role: "Owner" } }, /max_role must be one of \(Viewer, Publisher, Admin\)/],
    [{ ...azureBody("x"), name: 42 }, /name/],
    [{ ...azureBody("x"), extra: true }, /extra/],
  ];
  const before = (await (await request.get(BASE, { headers: admin })).json()).length;
  for (const [body, message] of cases) await expectPositError(await request.post(BASE, { headers: admin, data: body }), 400, message);
  const malformed = await request.post(BASE, { headers: { ...admin, "content-type": "application/json" }, data: Buffer.from("{not json") });
  await expectPositError(malformed, 400, /JSON/);
  await expectPositError(await request.post(BASE, { headers: admin, data: ["azure"] }), 400, /JSON object/);
  expect((await (await request.get(BASE, { headers: admin })).json()).length).toBe(before);

  const url = `${BASE}/${created.guid}`;
  await expectPositError(await request.patch(url, { headers: admin, data: { template: "github" } }), 400, /template cannot be changed/);
  await expectPositError(await request.patch(url, { headers: admin, data: { guid: "84f0f0ae-e328-44b0-98ba-aee6e775b5f0" } }), 400, /guid cannot be changed/);
  await expectPositError(await request.patch(url, { headers: admin, data: { created_time: "2020-01-01T00:00:00Z" } }), 400, /created_time/);
  await expectPositError(await request.patch(url, { headers: admin, data: { config: { tenant_id: "bad tenant" } } }), 400, /tenant_id/);
  await expectPositError(await request.patch(url, { headers: admin, data: { config: { foo: 1 } } }), 400, /foo/);
  // Echoing read-only fields unchanged is fine (R connectapi sends template back).
  const echo = await request.patch(url, { headers: admin, data: { template: "azure", name: "Azure renamed" } });
  expect(echo.status()).toBe(200);
  const unchanged = await (await request.get(url, { headers: admin })).json();
  expect(unchanged).toMatchObject({ name: "Azure renamed", template: "azure", config: created.config });

  await expectPositError(await request.get(`${BASE}/00000000-0000-4000-8000-000000000000`, { headers: admin }), 404);
  await expectPositError(await request.get(`${BASE}/not-a-guid`, { headers: admin }), 404);
  await expectPositError(await request.delete(`${BASE}/00000000-0000-4000-8000-000000000000`, { headers: admin }), 404);
});

test("ETag and If-Match: a stale write is refused with 412", async ({ request }) => {
  const admin = as(roleKeys().admin);
  const created = await create(request, azureBody("etag-secret"));
  const url = `${BASE}/${created.guid}`;
  const first = await request.get(url, { headers: admin });
  const etag = first.headers()["etag"];
  expect(etag).toBeTruthy();
  expect((await request.patch(url, { headers: { ...admin, "If-Match": etag }, data: { name: "first" } })).status()).toBe(200);
  await expectPositError(await request.patch(url, { headers: { ...admin, "If-Match": etag }, data: { name: "second" } }), 412);
  await expectPositError(await request.delete(url, { headers: { ...admin, "If-Match": etag } }), 412);
  expect((await (await request.get(url, { headers: admin })).json()).name).toBe("first");
});

test("templates", async ({ request }) => {
  const templates = await (await request.get("/__api__/v1/oauth/templates", { headers: as(roleKeys().publisher) })).json();
  const ids = templates.map((t: { id: string }) => t.id);
  for (const id of ["custom", "azure", "azure-openai", "sharepoint", "msgraph", "aws", "snowflake", "salesforce", "github", "bigquery", "vertex-ai", "drive", "sheets", "databricks", "connect"]) {
    expect(ids).toContain(id);
  }
  const azure = await (await request.get("/__api__/v1/oauth/templates/azure", { headers: as(roleKeys().publisher) })).json();
  expect(azure.fields).toEqual(expect.arrayContaining([expect.objectContaining({ name: "client_secret", secret: true }), expect.objectContaining({ name: "tenant_id" })]));
  for (const field of azure.fields) expect(Object.keys(field)).toEqual(expect.arrayContaining(["name", "label", "default", "validation", "validation_description", "secret", "multiline"]));
  await expectPositError(await request.get("/__api__/v1/oauth/templates/nope", { headers: as(roleKeys().publisher) }), 404);
  await expectPositError(await request.get("/__api__/v1/oauth/templates", { headers: as(roleKeys().viewer) }), 403);
});

test("content associations: PUT replaces the set, [] clears it, both directions list it", async ({ request }) => {
  const admin = as(roleKeys().admin);
  const a = await create(request, azureBody("assoc-a"));
  const b = await create(request, { ...azureBody("assoc-b"), name: "Azure B" });
  const content = await (await request.post("/__api__/v1/content", { headers: as(roleKeys().publisher), data: { name: unique("report") } })).json();
  const url = `/__api__/v1/content/${content.guid}/oauth/integrations/associations`;
  expect((await request.put(url, { headers: as(roleKeys().publisher), data: [{ oauth_integration_guid: a.guid }, { oauth_integration_guid: b.guid }] })).status()).toBe(204);
  const listed = await (await request.get(url, { headers: admin })).json();
  expect(listed.map((x: { oauth_integration_guid: string }) => x.oauth_integration_guid).sort()).toEqual([a.guid, b.guid].sort());
  expect(listed[0]).toMatchObject({ content_guid: content.guid, app_guid: content.guid, oauth_integration_template: "azure" });
  const users = await (await request.get(`${BASE}/${a.guid}/associations`, { headers: admin })).json();
  expect(users).toEqual([expect.objectContaining({ content_guid: content.guid })]);
  expect((await (await request.get(`${BASE}/${a.guid}`, { headers: admin })).json()).content_count).toBe(1);
  expect(await (await request.get(`${BASE}/${a.guid}`, { headers: as(roleKeys().publisher) })).json()).not.toHaveProperty("content_count");

  await expectPositError(await request.put(url, { headers: admin, data: [{ oauth_integration_guid: "00000000-0000-4000-8000-000000000000" }] }), 400, /00000000/);
  expect((await (await request.get(url, { headers: admin })).json()).length).toBe(2);
  await expectPositError(await request.put(url, { headers: as(roleKeys().viewer), data: [] }), 403);
  expect((await request.put(url, { headers: admin, data: [] })).status()).toBe(204);
  expect(await (await request.get(url, { headers: admin })).json()).toEqual([]);
});

test("delete: 204, then 404, and its secrets are gone", async ({ request }) => {
  const admin = as(roleKeys().admin);
  const created = await create(request, azureBody("delete-me"));
  expect((await request.delete(`${BASE}/${created.guid}`, { headers: admin })).status()).toBe(204);
  await expectPositError(await request.get(`${BASE}/${created.guid}`, { headers: admin }), 404);
  expect(await tableText("secrets")).not.toContain(created.guid);
});
