// Progress HDP's OAuth applications and profiles API over HTTP against the running console: every
// endpoint as each role, as the owner and as another user, from another organisation; bad input;
// the seed's PUT body verbatim; a refresh against a real provider; canary secrets nowhere.
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { E2E_ADMIN, E2E_SERVER_LOG } from "../../playwright.config";
import { startOAuthServer, type TestOAuthServer } from "../../test/support/oauth-server";
import { consoleCli } from "../support/cli";
import { tableText } from "../support/database";
import { unique } from "../support/helpers";
import { roleKeys } from "../support/roles";

const APPS = "/api/mgmt/oauthapps";
const PROFILES = "/api/mgmt/oauthprofiles";
const basic = (email: string, secret: string) => ({ Authorization: `Basic ${Buffer.from(`${email}:${secret}`).toString("base64")}` });

type Who = { email: string; headers: Record<string, string> };
let admin: Who, publisher: Who, viewer: Who, publisher2: Who, otherAdmin: Who;
let provider: TestOAuthServer;
const CLIENT = { client_id: "hdp-e2e-app", client_secret: unique("canary-client-secret"), redirect_uris: ["http://localhost:1/oauth/callback"] };
const canaries: string[] = [CLIENT.client_secret];
const canary = (label: string) => {
  const value = unique(`canary-${label}`);
  canaries.push(value);
  return value;
};

test.beforeAll(async () => {
  provider = await startOAuthServer({ authorizationCodeClients: [CLIENT] });
  const keys = roleKeys();
  admin = { email: E2E_ADMIN.email, headers: basic(E2E_ADMIN.email, keys.admin) };
  publisher = { email: keys.publisherEmail, headers: basic(keys.publisherEmail, keys.publisher) };
  // A password works as well as an API key.
  viewer = { email: keys.viewerEmail, headers: basic(keys.viewerEmail, keys.password) };
  const password = "hdp-password-123";
  const publisher2Email = `${unique("publisher2")}@example.com`;
  consoleCli(["user", "create", "--email", publisher2Email, "--role", "publisher", "--password", password]);
  publisher2 = { email: publisher2Email, headers: basic(publisher2Email, password) };
  const otherOrg = unique("other");
  consoleCli(["org", "create", "--slug", otherOrg, "--name", "Other organisation"]);
  const otherEmail = `${unique("other-admin")}@example.com`;
  consoleCli(["user", "create", "--email", otherEmail, "--role", "admin", "--org", otherOrg, "--password", password]);
  otherAdmin = { email: otherEmail, headers: basic(otherEmail, password) };
});
test.afterAll(() => provider?.stop());

async function expectHdpError(response: APIResponse, status: number, code?: string, message?: RegExp) {
  expect(response.status(), await response.text()).toBe(status);
  const body = await response.json();
  expect(body).toEqual({ error: { code: expect.stringMatching(/^\d+$/), message: { lang: "en-US", value: expect.any(String) } } });
  if (code) expect(body.error.code).toBe(code);
  if (message) expect(body.error.message.value).toMatch(message);
  return body;
}

const appBody = (name = unique("App").replace(/-/g, "_"), clientSecret = canary("client-secret")) => ({
  name,
  dataStore: 54,
  description: "Google Analytics",
  clientId: CLIENT.client_id,
  clientSecret,
  authorizeURI: provider.authorizeUrl,
  tokenURI: provider.tokenUrl,
  scope: "openid",
});

async function createApp(request: APIRequestContext, body = appBody()) {
  const response = await request.post(APPS, { headers: admin.headers, data: body });
  expect(response.status(), await response.text()).toBe(201);
  const app = await response.json();
  expect(response.headers().location).toMatch(new RegExp(`${APPS}/${app.id}$`));
  return app;
}

async function createProfile(request: APIRequestContext, owner: Who, oauthAppId: number, name = unique("P").replace(/-/g, "_")) {
  const response = await request.post(PROFILES, { headers: owner.headers, data: { name, oauthAppId, description: "d", accessToken: canary("at"), refreshToken: canary("rt") } });
  expect(response.status(), await response.text()).toBe(201);
  expect(response.headers().location).toMatch(/\/api\/mgmt\/oauthprofiles\/\d+$/);
  return response.json();
}

test("authentication: none or a wrong password is 401 with a Basic challenge in HDP's error body", async ({ request }) => {
  for (const headers of [{}, basic(admin.email, "wrong-password-1"), { Authorization: `Key ${roleKeys().admin}` }]) {
    const response = await request.get(APPS, { headers });
    await expectHdpError(response, 401);
    expect(response.headers()["www-authenticate"]).toMatch(/^Basic /);
  }
});

test("OAuth applications: admins write, publishers read without secrets, viewers and other organisations are refused", async ({ request }) => {
  const secret = canary("client-secret");
  const app = await createApp(request, appBody(undefined, secret));
  expect(app).toMatchObject({ dataStore: 54, clientId: CLIENT.client_id, clientSecretSet: true, profileCount: 0 });
  expect(app).not.toHaveProperty("clientSecret");

  for (const who of [admin, publisher]) {
    const one = await request.get(`${APPS}/${app.id}`, { headers: who.headers });
    expect(one.status()).toBe(200);
    expect(one.headers().etag).toBe(`"oauthapp-${app.id}.1"`);
    expect(await one.json()).toEqual(app);
    const list = await (await request.get(APPS, { headers: who.headers })).json();
    expect(list.applications.map((a: { id: number }) => a.id)).toContain(app.id);
  }
  await expectHdpError(await request.get(APPS, { headers: viewer.headers }), 403);
  await expectHdpError(await request.get(`${APPS}/${app.id}`, { headers: viewer.headers }), 403);
  await expectHdpError(await request.post(APPS, { headers: publisher.headers, data: appBody() }), 403);
  await expectHdpError(await request.put(`${APPS}/${app.id}`, { headers: publisher.headers, data: appBody(app.name) }), 403);
  await expectHdpError(await request.delete(`${APPS}/${app.id}`, { headers: publisher.headers }), 403);

  await expectHdpError(await request.get(`${APPS}/${app.id}`, { headers: otherAdmin.headers }), 404, "222207711", new RegExp(`Invalid OAuthApplicationId: ${app.id}`));
  await expectHdpError(await request.put(`${APPS}/${app.id}`, { headers: otherAdmin.headers, data: appBody() }), 404, "222207711");
  await expectHdpError(await request.delete(`${APPS}/${app.id}`, { headers: otherAdmin.headers }), 404, "222207711");
  const otherList = await (await request.get(APPS, { headers: otherAdmin.headers })).json();
  expect(otherList).toEqual({ applications: [] });
  await expectHdpError(await request.get(`${APPS}?tenantId=${app.tenantId}`, { headers: otherAdmin.headers }), 403);
  expect((await request.get(`${APPS}?tenantId=${app.tenantId}`, { headers: admin.headers })).status()).toBe(200);
  expect((await request.get(`${APPS}?tenantName=default`, { headers: admin.headers })).status()).toBe(200);
  await expectHdpError(await request.get(`${APPS}/abc`, { headers: admin.headers }), 404, "222207711");
});

test("OAuth applications: bad input is a 400 in HDP's body and changes nothing; If-Match; the secret is kept when omitted", async ({ request }) => {
  const app = await createApp(request);
  const url = `${APPS}/${app.id}`;
  for (const data of [{ ...appBody(app.name), name: "has space" }, { ...appBody(app.name), dataStore: 2 }, { ...appBody(app.name), tokenURI: "not a url" }, { ...appBody(app.name), clientId: 5 }, []]) {
    await expectHdpError(await request.put(url, { headers: admin.headers, data }), 400);
  }
  await expectHdpError(await request.put(url, { headers: { ...admin.headers, "content-type": "application/json" }, data: Buffer.from("{not json") }), 400, undefined, /not valid JSON/);
  await expectHdpError(await request.post(APPS, { headers: admin.headers, data: { ...appBody(), clientSecret: undefined } }), 400, undefined, /clientSecret/);
  await expectHdpError(await request.post(APPS, { headers: admin.headers, data: appBody(app.name) }), 409);
  expect(await (await request.get(url, { headers: admin.headers })).json()).toEqual(app);

  const renamed = await request.put(url, { headers: { ...admin.headers, "if-match": `"oauthapp-${app.id}.1"` }, data: { ...appBody(`${app.name}_2`), clientSecret: undefined } });
  expect(renamed.status(), await renamed.text()).toBe(200);
  expect(await renamed.json()).toMatchObject({ name: `${app.name}_2`, clientSecretSet: true, clientSecretUpdatedAt: app.clientSecretUpdatedAt });
  expect(renamed.headers().etag).toBe(`"oauthapp-${app.id}.2"`);
  await expectHdpError(await request.put(url, { headers: { ...admin.headers, "if-match": `"oauthapp-${app.id}.1"` }, data: appBody(app.name) }), 412);
  await expectHdpError(await request.delete(url, { headers: { ...admin.headers, "if-match": `"oauthapp-${app.id}.1"` } }), 412);
});

test("the seed's sample PUT body works verbatim and returns no token", async ({ request }) => {
  const app = await createApp(request);
  const profile = await createProfile(request, publisher, app.id, "User_1");
  const seed = `{
  "name": "User_1",
  "oauthAppId": ${app.id},
  "description": "OAuth profile 1",
  "accessToken": "111c334445e55",
  "refreshToken": "222d88899966fa"
}`;
  const response = await request.put(`${PROFILES}/${profile.id}`, { headers: { ...publisher.headers, "content-type": "application/json" }, data: Buffer.from(seed) });
  expect(response.status(), await response.text()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ id: profile.id, name: "User_1", oauthAppId: app.id, description: "OAuth profile 1", accessTokenSet: true, refreshTokenSet: true });
  expect(body).not.toHaveProperty("accessToken");
  expect(body).not.toHaveProperty("refreshToken");
  expect(JSON.stringify(body)).not.toMatch(/111c334445e55|222d88899966fa/);
  canaries.push("111c334445e55", "222d88899966fa");
});

test("OAuth profiles: every endpoint refuses another user's profile to non-admins; admins act with ?user=", async ({ request }) => {
  const app = await createApp(request, appBody(undefined, CLIENT.client_secret));
  const mine = await createProfile(request, publisher, app.id);
  expect(mine).toMatchObject({ oauthAppId: app.id, user: publisher.email, state: "active", accessTokenSet: true, refreshTokenSet: true });
  const viewers = await createProfile(request, viewer, app.id);
  const url = `${PROFILES}/${mine.id}`;
  const put = { name: mine.name, oauthAppId: app.id, description: "changed" };
  const calls = (headers: Record<string, string>, suffix = "") => [
    request.get(`${url}${suffix}`, { headers }),
    request.put(`${url}${suffix}`, { headers, data: put }),
    request.get(`${url}/stats${suffix}`, { headers }),
    request.post(`${url}/refresh${suffix}`, { headers }),
    request.delete(`${url}${suffix}`, { headers }),
  ];

  for (const who of [publisher2, viewer, otherAdmin, admin]) {
    for (const response of await Promise.all(calls(who.headers))) await expectHdpError(response, 404, "222207710", new RegExp(`Invalid OAuthProfileId: ${mine.id}`));
  }
  for (const who of [publisher2, viewer]) {
    for (const response of await Promise.all(calls(who.headers, `?user=${encodeURIComponent(publisher.email)}`))) await expectHdpError(response, 403);
    await expectHdpError(await request.get(`${PROFILES}?user=${encodeURIComponent(publisher.email)}`, { headers: who.headers }), 403);
  }
  await expectHdpError(await request.get(`${url}?user=${encodeURIComponent(publisher.email)}`, { headers: otherAdmin.headers }), 404);

  // Lists: each user their own.
  const listOf = async (who: Who, suffix = "") => ((await (await request.get(`${PROFILES}${suffix}`, { headers: who.headers })).json()).profiles as { id: number }[]).map((p) => p.id);
  expect(await listOf(publisher)).toContain(mine.id);
  expect(await listOf(publisher)).not.toContain(viewers.id);
  expect(await listOf(publisher2)).toEqual([]);
  expect(await listOf(otherAdmin)).toEqual([]);
  expect(await listOf(admin, `?user=${encodeURIComponent(publisher.email)}`)).toContain(mine.id);

  // The owner and an admin acting for them reach everything.
  const own = await request.get(url, { headers: publisher.headers });
  expect(own.status()).toBe(200);
  expect(own.headers().etag).toBe(`"oauthprofile-${mine.id}.1"`);
  const asAdmin = `?user=${encodeURIComponent(publisher.email)}`;
  expect((await request.get(`${url}${asAdmin}`, { headers: admin.headers })).status()).toBe(200);
  expect(await (await request.get(`${url}/stats`, { headers: publisher.headers })).json()).toEqual({ dataSourcesLinked: 0, dataStoreId: 54, dataSources: [] });
  const updated = await request.put(`${url}${asAdmin}`, { headers: { ...admin.headers, "if-match": `"oauthprofile-${mine.id}.1"` }, data: put });
  expect(updated.status(), await updated.text()).toBe(200);
  expect(await updated.json()).toMatchObject({ description: "changed" });
  await expectHdpError(await request.put(url, { headers: { ...publisher.headers, "if-match": `"oauthprofile-${mine.id}.1"` }, data: put }), 412);

  // A pasted refresh token the provider never issued: a real refresh request, refused → needs reauthorization.
  await expectHdpError(await request.post(`${url}/refresh`, { headers: publisher.headers }), 409, undefined, /needs reauthorization/);
  expect(await (await request.get(url, { headers: publisher.headers })).json()).toMatchObject({ state: "needs_reauthorization", lastRefreshError: expect.stringMatching(/^invalid_grant/) });

  expect((await request.delete(`${url}${asAdmin}`, { headers: admin.headers })).status()).toBe(204);
  await expectHdpError(await request.get(url, { headers: publisher.headers }), 404, "222207710");
  expect((await request.delete(`${PROFILES}/${viewers.id}`, { headers: viewer.headers })).status()).toBe(204);
});

test("OAuth profiles: bad input is a 400 in HDP's body and creates nothing", async ({ request }) => {
  const app = await createApp(request);
  const before = await (await request.get(PROFILES, { headers: publisher.headers })).json();
  for (const [data, code] of [
    [{ name: "bad name", oauthAppId: app.id, refreshToken: "x" }, undefined],
    [{ name: "Ok_1", oauthAppId: 2_000_000_000, refreshToken: "x" }, "222207711"],
    [{ name: "Ok_1", oauthAppId: app.id }, undefined],
    [{ name: "Ok_1", oauthAppId: `${app.id}`, refreshToken: "x" }, undefined],
    [{ name: ["Ok_1"], oauthAppId: app.id, refreshToken: "x" }, undefined],
    [[1, 2], undefined],
  ] as const) {
    await expectHdpError(await request.post(PROFILES, { headers: publisher.headers, data }), 400, code);
  }
  await expectHdpError(await request.post(PROFILES, { headers: { ...publisher.headers, "content-type": "application/json" }, data: Buffer.from("{") }), 400, undefined, /not valid JSON/);
  await expectHdpError(await request.get(`${PROFILES}/0`, { headers: publisher.headers }), 404, "222207710");
  await expectHdpError(await request.get(`${PROFILES}/99999999`, { headers: publisher.headers }), 404, "222207710");
  expect(await (await request.get(PROFILES, { headers: publisher.headers })).json()).toEqual(before);
});

test("deleting an application deletes its profiles", async ({ request }) => {
  const app = await createApp(request);
  const first = await createProfile(request, publisher, app.id);
  const second = await createProfile(request, viewer, app.id);
  expect((await (await request.get(`${APPS}/${app.id}`, { headers: admin.headers })).json()).profileCount).toBe(2);
  expect((await request.delete(`${APPS}/${app.id}`, { headers: admin.headers })).status()).toBe(204);
  await expectHdpError(await request.get(`${PROFILES}/${first.id}`, { headers: publisher.headers }), 404);
  await expectHdpError(await request.get(`${PROFILES}/${second.id}`, { headers: viewer.headers }), 404);
  await expectHdpError(await request.get(`${APPS}/${app.id}`, { headers: admin.headers }), 404);
});

test("no client secret or token written through the API appears in a response, the log, the audit table or in clear in the database", async ({ request }) => {
  // Written here, so the test stands alone (Playwright restarts a worker after a failure).
  const app = await createApp(request, appBody(undefined, canary("client-secret")));
  const replaced = canary("client-secret");
  expect((await request.put(`${APPS}/${app.id}`, { headers: admin.headers, data: { ...appBody(app.name), clientSecret: replaced } })).status()).toBe(200);
  const profile = await createProfile(request, publisher, app.id);
  const put = { name: profile.name, oauthAppId: app.id, accessToken: canary("at"), refreshToken: canary("rt") };
  expect((await request.put(`${PROFILES}/${profile.id}`, { headers: publisher.headers, data: put })).status()).toBe(200);
  const forUser = await request.post(`${PROFILES}?user=${encodeURIComponent(viewer.email)}`, { headers: admin.headers, data: { name: "For_viewer", oauthAppId: app.id, refreshToken: canary("rt") } });
  expect(forUser.status()).toBe(201);
  const responses = [
    JSON.stringify(app),
    JSON.stringify(profile),
    await forUser.text(),
    await (await request.get(`${PROFILES}/${profile.id}`, { headers: publisher.headers })).text(),
    await (await request.post(`${PROFILES}/${profile.id}/refresh`, { headers: publisher.headers })).text(),
    await (await request.get(APPS, { headers: admin.headers })).text(),
    await (await request.get(PROFILES, { headers: publisher.headers })).text(),
    await (await request.get(PROFILES, { headers: viewer.headers })).text(),
  ].join("\n");
  const everything = [responses, await tableText("audit_events"), await tableText("secrets"), await tableText("oauth_credentials"), await tableText("oauth_apps"), await tableText("oauth_profiles"), readFileSync(E2E_SERVER_LOG, "utf8")].join("\n");
  expect(canaries.length).toBeGreaterThanOrEqual(7);
  for (const value of canaries) expect(everything).not.toContain(value);
});
