// Posit's credential exchange over HTTP, as posit-sdk drives it (form fields, `Authorization: Key`,
// the `code` key in every error), against the running console and a loopback oidc-provider: a
// workload's content session token gets a Service Account token, served from the cache the second
// time; refusals answer Posit's error body; no response, server log line or audit row carries the
// client secret, and the token itself is stored only encrypted.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { E2E_SERVER_LOG } from "../../playwright.config";
import { startOAuthServer, type TestOAuthServer } from "../../test/support/oauth-server";
import { tableText } from "../support/database";
import { unique } from "../support/helpers";
import { roleKeys } from "../support/roles";
import { createContentSessionToken, exchangeForm } from "../support/workloads";

const EXCHANGE = "/__api__/v1/oauth/integrations/credentials";
const CLIENT = { client_id: "exchange-e2e", client_secret: unique("canary-exchange-secret") };
const as = (key: string) => ({ Authorization: `Key ${key}` });
const form = { "content-type": "application/x-www-form-urlencoded" };

let provider: TestOAuthServer;
test.beforeAll(async () => {
  provider = await startOAuthServer({ clients: [CLIENT] });
});
test.afterAll(() => provider?.stop());

test("a workload exchanges its content session token as posit-sdk does; errors carry Posit's code; no secret leaks", async ({ request }) => {
  test.setTimeout(120_000);
  const keys = roleKeys();
  const created = await request.post("/__api__/v1/oauth/integrations", {
    headers: as(keys.admin),
    data: { name: unique("exchange e2e"), template: "custom", config: { auth_type: "Service Account", token_uri: provider.tokenUrl, client_id: CLIENT.client_id, client_secret: CLIENT.client_secret } },
  });
  expect(created.status(), await created.text()).toBe(200);
  const integration = (await created.json()) as { guid: string };

  // The publisher's workload, associated through Posit's API.
  const content = await request.post("/__api__/v1/content", { headers: as(keys.publisher), data: { name: unique("exchange-e2e").toLowerCase() } });
  expect(content.status(), await content.text()).toBe(200);
  const { guid: contentGuid } = (await content.json()) as { guid: string };
  const associated = await request.put(`/__api__/v1/content/${contentGuid}/oauth/integrations/associations`, { headers: as(keys.publisher), data: [{ oauth_integration_guid: integration.guid }] });
  expect(associated.status(), await associated.text()).toBe(204);
  const token = await createContentSessionToken(contentGuid);

  const before = provider.tokenRequests();
  const first = await request.post(EXCHANGE, { headers: { ...as(keys.publisher), ...form }, data: exchangeForm(token, "content") });
  expect(first.status(), await first.text()).toBe(200);
  expect(first.headers()["cache-control"]).toContain("no-store");
  const credentials = (await first.json()) as Record<string, unknown>;
  expect(credentials).toMatchObject({ token_type: "Bearer", issued_token_type: "urn:ietf:params:oauth:token-type:access_token" });
  expect(provider.issuedAccessTokens).toContain(credentials.access_token);
  expect(Object.keys(credentials).sort()).toEqual(["access_token", "expires_in", "issued_token_type", "token_type"]);
  const second = await request.post(EXCHANGE, { headers: { ...as(keys.admin), ...form }, data: exchangeForm(token, "content", { audience: integration.guid }) });
  expect(((await second.json()) as Record<string, unknown>).access_token).toBe(credentials.access_token);
  expect(provider.tokenRequests()).toBe(before + 1);

  // Refusals: Posit's body with a numeric code, which posit-sdk's error hook needs.
  const refusals: [Record<string, string>, string, number][] = [
    [{}, exchangeForm(token, "content"), 401],
    [as(keys.viewer), exchangeForm(token, "content"), 403],
    [as(keys.publisher), exchangeForm(token, "content", { grant_type: "client_credentials" }), 400],
    [as(keys.publisher), exchangeForm(`${token}x`, "content"), 400],
    [as(keys.publisher), exchangeForm(token, "user"), 400],
    [as(keys.publisher), exchangeForm(token, "content", { audience: crypto.randomUUID() }), 404],
    [as(keys.publisher), "%%%not a form", 400],
  ];
  for (const [headers, body, status] of refusals) {
    const reply = await request.post(EXCHANGE, { headers: { ...headers, ...form }, data: body });
    expect(reply.status(), body).toBe(status);
    const error = (await reply.json()) as { code: unknown; error: unknown; payload: unknown };
    expect(typeof error.code).toBe("number");
    expect(typeof error.error).toBe("string");
    expect(error.payload).toBeNull();
  }
  // A workload without associations: Connect's code 212 and wording.
  const empty = await request.post("/__api__/v1/content", { headers: as(keys.publisher), data: { name: unique("exchange-empty").toLowerCase() } });
  const emptyToken = await createContentSessionToken(((await empty.json()) as { guid: string }).guid);
  const none = await request.post(EXCHANGE, { headers: { ...as(keys.publisher), ...form }, data: exchangeForm(emptyToken, "content") });
  expect(none.status()).toBe(400);
  expect(await none.json()).toEqual({ code: 212, error: "No OAuth integrations have been associated with this content item.", payload: null });

  // OAuth sessions: the caller's own (none yet); everyone's only for admins.
  expect(await (await request.get("/__api__/v1/oauth/sessions", { headers: as(keys.publisher) })).json()).toEqual([]);
  expect((await request.get("/__api__/v1/oauth/sessions?all=true", { headers: as(keys.publisher) })).status()).toBe(403);
  expect((await request.get("/__api__/v1/oauth/sessions?all=true", { headers: as(keys.admin) })).status()).toBe(200);

  // The canary: the client secret nowhere; the access token only as ciphertext.
  const log = readFileSync(E2E_SERVER_LOG, "utf8");
  expect(log).not.toContain(CLIENT.client_secret);
  expect(log).not.toContain(String(credentials.access_token));
  expect(log).not.toContain(token);
  for (const table of ["audit_events", "secrets", "integrations"] as const) {
    const text = await tableText(table);
    expect(text).not.toContain(CLIENT.client_secret);
    expect(text).not.toContain(String(credentials.access_token));
  }
});
