// Versori Switchboard end to end, against `npm start`: the seed recipe over HTTP with every
// response checked against the vendor's OpenAPI document; the console's New connection form
// (generated from connection-init's JSON Schema), edit with blank = keep, delete naming boards;
// and an OAuth connection made in Chromium against a real oidc-provider on loopback, refreshed.
// Canary secrets must appear in no response, page, RSC payload, server log line or audit row.
import { readFileSync } from "node:fs";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { E2E_BASE_URL, E2E_SERVER_LOG } from "../playwright.config";
import { startOAuthServer, type TestOAuthServer } from "../test/support/oauth-server";
import { responseErrors } from "../test/support/versori-spec";
import { tableText } from "./support/database";
import { signInAsAdmin, unique } from "./support/helpers";
import { roleKeys } from "./support/roles";

const API = "/api/switchboard/v1alpha1";
const CALLBACK = `${E2E_BASE_URL}${API}/connections/oauth2/callback`;
const PROVIDER_PORT = 3411; // this suite's loopback range is 3410–3419
const CLIENT = { client_id: "e2e-switchboard", client_secret: `e2e-client-secret-${Date.now().toString(36)}`, redirect_uris: [CALLBACK] };
const raw = () => ({ Authorization: roleKeys().admin });

let provider: TestOAuthServer;
test.beforeAll(async () => {
  provider = await startOAuthServer({ authorizationCodeClients: [CLIENT], port: PROVIDER_PORT });
});
test.afterAll(() => provider?.stop());

async function conforming(response: APIResponse, operationId: string) {
  const body = await response.json();
  expect(await responseErrors(operationId, response.status(), body), `${operationId} ${response.status()}`).toEqual([]);
  return body;
}

/** Everything a browser received for a page: its HTML and every RSC/fetch payload. */
function recordPayloads(page: Page): string[] {
  const seen: string[] = [];
  page.on("response", async (response) => {
    if (response.url().startsWith(E2E_BASE_URL)) seen.push(await response.text().catch(() => ""));
  });
  return seen;
}

test("the seed over HTTP: create an apikey connection, PUT {name, data:{apiKey}} verbatim, GET: the new name and no key", async ({ request }) => {
  const first = unique("seed-api-key");
  const second = unique("seed-api-key-2");
  const org = "default";
  const created = await request.post(`${API}/organisations/${org}/connections`, { headers: raw(), data: { name: "My API Key", appId: "generic-rest", authType: "apikey", data: { apiKey: first } } });
  expect(created.status()).toBe(201);
  const connection = await conforming(created, "CreateConnection");
  const url = `${API}/organisations/${org}/connections/${connection.id}`;
  const replaced = await request.put(url, { headers: raw(), data: { name: "Renamed by PUT", data: { apiKey: second } } });
  expect(replaced.status()).toBe(200);
  await conforming(replaced, "UpdateConnection");
  const read = await request.get(url, { headers: raw() });
  expect(await conforming(read, "GetConnection")).toMatchObject({ id: connection.id, name: "Renamed by PUT", authType: "apikey" });
  const list = await request.get(`${API}/organisations/${org}/connections?first=5&sort=name:asc`, { headers: { Authorization: `Bearer ${roleKeys().publisher}` } });
  await conforming(list, "GetConnections");
  const bad = await request.get(`${API}/organisations/${org}/connections?sort=bogus`, { headers: raw() });
  expect(bad.status()).toBe(400);
  await conforming(bad, "GetConnections");
  const viewer = await request.get(url, { headers: { Authorization: roleKeys().viewer } });
  expect(viewer.status()).toBe(403);
  await conforming(viewer, "GetConnection");
  const everything = [await created.text(), await replaced.text(), await read.text(), await list.text(), await tableText("audit_events"), readFileSync(E2E_SERVER_LOG, "utf8")].join("\n");
  for (const secret of [first, second]) expect(everything).not.toContain(secret);
  expect((await request.delete(url, { headers: raw() })).status()).toBe(200);
});

test("console: New connection from the JSON Schema form, edit with blank = keep, delete names the boards", async ({ page, request }) => {
  const canary = unique("console-canary-key");
  const payloads = recordPayloads(page);
  await signInAsAdmin(page);
  await page.goto("/connections/new");
  await page.getByTestId("catalogue-apps").getByRole("link", { name: /Generic REST API/ }).click();
  await page.getByTestId("auth-type-choices").getByRole("link", { name: /API key/ }).click();
  const name = unique("Console key");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("API key").fill(canary);
  await page.getByRole("button", { name: "Create connection" }).click();
  await expect(page.locator("#main").getByTestId("connection-header")).toContainText(name);
  await expect(page.getByTestId("connection-secrets")).toContainText("Set");
  const id = page.url().split("/connections/")[1].split("?")[0];

  // A board uses it (through the API), so the delete dialog names it.
  const board = await request.post(`${API}/organisations/default/boards`, { headers: raw(), data: { name: unique("Board using it"), connectionIds: [id] } });
  const boardName = (await board.json()).name;
  await page.goto(`/connections/${id}/edit`);
  await page.getByLabel("Name").fill(`${name} renamed`);
  // Unsaved changes: Cancel asks first; staying keeps the edit.
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect.poll(() => asked).toEqual(["You have unsaved changes. Leave this page and lose them?"]);
  await expect(page).toHaveURL(new RegExp(`/connections/${id}/edit$`));
  await expect(page.getByLabel("Name")).toHaveValue(`${name} renamed`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("#main").getByTestId("connection-header")).toContainText(`${name} renamed`);
  await expect(page.getByTestId("connection-boards")).toContainText(boardName);

  await page.goto(`/connections?q=${encodeURIComponent(name)}`);
  await expect(page.locator("#main").getByTestId("connections-table")).toContainText(`${name} renamed`);
  for (const width of [390, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.test-results/screens/connections-list-${width}.png`, fullPage: true });
    // Our content fits (tables scroll inside their own wrapper); the shell's header is the console helper's.
    expect(await page.evaluate(() => { const main = document.getElementById("main")!; return main.scrollWidth <= main.clientWidth; })).toBe(true);
  }
  await page.goto(`/connections/${id}`);
  for (const width of [390, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.test-results/screens/connection-detail-${width}.png`, fullPage: true });
  }
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("delete-used-by")).toContainText(boardName);
  await page.getByRole("button", { name: "Delete connection" }).click();
  await expect(page).toHaveURL(/\/connections$/);
  const api = await request.get(`${API}/organisations/default/connections/${id}`, { headers: raw() });
  expect(api.status()).toBe(404);

  const everything = [...payloads, await page.content(), await tableText("audit_events"), readFileSync(E2E_SERVER_LOG, "utf8")].join("\n");
  expect(everything).not.toContain(canary);
});

test("OAuth connection in Chromium against a loopback oidc-provider: Connect, sign in, consent, tokens stored, refresh", async ({ page, request }) => {
  const payloads = recordPayloads(page);
  const app = await request.post(`${API}/organisations/default/apps`, {
    headers: raw(),
    data: {
      name: unique("Loopback IdP"),
      server: { url: provider.issuer },
      authConfigs: [{ type: "oauth2", data: { flowType: "authorization_code", authorizationEndpoint: provider.authorizeUrl, tokenEndpoint: provider.tokenUrl, clientId: CLIENT.client_id, clientSecret: CLIENT.client_secret, scopes: { openid: "OpenID" } } }],
    },
  });
  const appId = (await conforming(app, "CreateApp")).id;
  await signInAsAdmin(page);
  await page.goto(`/apps/${appId}`);
  await expect(page.getByTestId("callback-url")).toHaveText(CALLBACK);
  await page.goto(`/connections/new?appId=${appId}&authType=oauth2`);
  const name = unique("Browser OAuth");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Connect" }).click();
  // The provider's own login and consent pages.
  await page.locator('input[name="login"]').fill("alice");
  await page.locator('input[name="password"]').fill("any-password");
  await page.getByRole("button", { name: /sign-in/i }).click();
  await page.getByRole("button", { name: /continue/i }).click();
  await expect(page).toHaveURL(/\/connections\/[0-9a-f-]{36}\?connected=/);
  await expect(page.locator("#main").getByTestId("connection-header")).toContainText(name);
  await expect(page.getByTestId("connection-token")).toContainText("Active");
  const tokensBefore = provider.issuedAccessTokens.length;
  await page.getByRole("button", { name: "Refresh tokens" }).click();
  await expect(page.getByTestId("connection-test-result")).toHaveText("The tokens were refreshed.");
  expect(provider.issuedAccessTokens.length).toBe(tokensBefore + 1);
  const id = page.url().split("/connections/")[1].split("?")[0];
  const read = await request.get(`${API}/organisations/default/connections/${id}`, { headers: raw() });
  expect(await conforming(read, "GetConnection")).toMatchObject({ name, authType: "oauth2", authConfig: { type: "oauth2", isValid: true } });
  for (const width of [390, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.reload();
    await page.screenshot({ path: `.test-results/screens/oauth-connection-${width}.png`, fullPage: true });
  }
  const everything = [...payloads, await page.content(), await read.text(), await tableText("audit_events"), await tableText("secrets"), readFileSync(E2E_SERVER_LOG, "utf8")].join("\n");
  for (const secret of [...provider.issuedAccessTokens, CLIENT.client_secret]) expect(everything).not.toContain(secret);
});
