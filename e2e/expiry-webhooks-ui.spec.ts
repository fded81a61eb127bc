// Expiry dates and webhooks in Chromium: an admin dates an Azure integration's secret in the edit
// form and finds it on the dashboard's "Expiring soon" and through the list's "Secret expires"
// filter; OAuth apps and connections show their dated secrets in the same "Expires" column and
// "Secret expires" filter (and their CSV exports); then adds a webhook (the signing secret shown once), sends a test event to a real
// receiver on loopback that verifies it with the `standardwebhooks` library, and reads the
// delivery log — where neither the signing secret nor the integration's secret appears.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import type { Page } from "@playwright/test";
import { E2E_ADMIN } from "../playwright.config";
import { signIn, unique } from "./support/helpers";
import { roleKeys } from "./support/roles";

test.describe.configure({ timeout: 180_000 });

const RECEIVER_PORT = 3420;

/**
 * Signs in and waits for the session cookie. On this machine the user menu has been seen open
 * right after sign-in (its modal hides the page from the accessibility tree): close it if so.
 */
async function signInAsAdmin(page: Page) {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await expect.poll(async () => (await page.context().cookies()).some((c) => /session-token/.test(c.name)), { timeout: 20_000 }).toBe(true);
}

async function closeStrayMenu(page: Page) {
  await page.waitForLoadState("networkidle");
  const menu = page.getByRole("menu", { name: "User menu" });
  await expect
    .poll(
      async () => {
        if (!(await menu.isVisible())) return true;
        await page.keyboard.press("Escape");
        await page.mouse.click(640, 650);
        return !(await menu.isVisible());
      },
      { timeout: 15_000 },
    )
    .toBe(true);
}
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test("an expiry date set in the form shows on the dashboard and in the list filter", async ({ page, request }) => {
  const name = unique("Azure expiring");
  const secret = unique("canary-azure-secret");
  const created = await request.post("/__api__/v1/oauth/integrations", {
    headers: { Authorization: `Key ${roleKeys().admin}` },
    data: {
      name,
      template: "azure",
      config: { auth_type: "Service Account", client_id: "23a0078b-cd0d-489f-8e00-e5116c71db9b", client_secret: secret, scopes: "api://x/.default", tenant_id: "a0b52758-d0b5-4b27-a6c0-13ca07eabdd7" },
    },
  });
  expect(created.status(), await created.text()).toBe(200);
  const { guid } = await created.json();

  await signInAsAdmin(page);
  await page.goto(`/integrations/${guid}/edit`);
  await closeStrayMenu(page);
  // Entra's maximum is offered; the date used here has already passed (so it leads "Expiring soon").
  await page.getByRole("button", { name: "Use the maximum (24 months)" }).click();
  await expect(page.getByLabel("Secret expires on")).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await page.getByLabel("Secret expires on").fill(day(-1));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByLabel("Secret expires on").scrollIntoViewIfNeeded();
  await page.screenshot({ path: ".test-results/screenshots/integration-expiry-390.png" });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/integrations/${guid}$`));

  const check = await request.get(`/__api__/v1/oauth/integrations/${guid}`, { headers: { Authorization: `Key ${roleKeys().admin}` } });
  expect((await check.json()).secret_expires_time).toBe(`${day(-1)}T23:59:59Z`);

  await page.goto("/");
  await closeStrayMenu(page);
  await page.getByTestId("widget-expiring").getByRole("listitem").first().waitFor();
  await page.screenshot({ path: ".test-results/screenshots/dashboard-expiring.png" });
  const widget = page.getByTestId("widget-expiring");
  const item = widget.getByRole("listitem").filter({ hasText: name });
  await expect(item).toContainText("Integration");
  await expect(item.getByRole("link", { name })).toHaveAttribute("href", `/integrations/${guid}/edit`);

  await page.goto("/integrations?q=" + encodeURIComponent(name));
  await closeStrayMenu(page);
  await page.getByRole("combobox", { name: "Secret expires" }).click();
  await page.getByRole("option", { name: "Already expired" }).click();
  await expect(page).toHaveURL(new RegExp(`expiresBefore=${day(0)}`));
  await expect(page.getByRole("link", { name })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Expired", exact: true })).toBeVisible();
  expect(await page.content()).not.toContain(secret);
});

test("OAuth apps and connections show their secrets' expiry in an Expires column, filter by it and export it", async ({ page, request }) => {
  const needle = unique("dated").replace(/-/g, "_");
  const hdp = { Authorization: `Basic ${Buffer.from(`${E2E_ADMIN.email}:${roleKeys().admin}`).toString("base64")}` };
  const oauthApp = (name: string, clientSecretExpiresAt?: string) => ({
    name,
    dataStore: 1,
    clientId: "client",
    clientSecret: unique("canary-app-secret"),
    authorizeURI: "https://idp.example.com/authorize",
    tokenURI: "https://idp.example.com/token",
    scope: "openid",
    ...(clientSecretExpiresAt && { clientSecretExpiresAt }),
  });
  const expiredApp = `${needle}_expired_app`;
  const laterApp = `${needle}_later_app`;
  for (const body of [oauthApp(expiredApp, day(-1)), oauthApp(laterApp, day(120))]) {
    const created = await request.post("/api/mgmt/oauthapps", { headers: hdp, data: body });
    expect(created.status(), await created.text()).toBe(201);
  }
  const switchboard = "/api/switchboard/v1alpha1/organisations/default";
  const raw = { Authorization: roleKeys().admin };
  const app = await request.post(`${switchboard}/apps`, { headers: raw, data: { name: `${needle} app`, server: { name: "API", url: "https://api.example.com/v1" }, authConfigs: [{ type: "apikey", data: { name: "X-Key", in: "header" } }] } });
  expect(app.ok(), await app.text()).toBe(true);
  const appId = (await app.json()).id;
  const soonConnection = `${needle} soon connection`;
  const undatedConnection = `${needle} undated connection`;
  const apiKey = unique("canary-connection-key");
  for (const [name, secretExpiresAt] of [[soonConnection, day(5)], [undatedConnection, undefined]] as const) {
    const created = await request.post(`${switchboard}/connections`, { headers: raw, data: { name, appId, authType: "apikey", data: { apiKey }, ...(secretExpiresAt && { secretExpiresAt }) } });
    expect(created.ok(), await created.text()).toBe(true);
  }

  await signInAsAdmin(page);

  // OAuth apps: the column shows "Expired" and the later date; "Already expired" keeps only the first.
  await page.goto(`/oauth-apps?q=${needle}`);
  await closeStrayMenu(page);
  const apps = page.getByTestId("oauth-apps-table");
  await expect(apps.getByRole("columnheader", { name: "Expires" })).toBeVisible();
  await expect(apps.getByRole("row", { name: new RegExp(expiredApp) }).getByRole("cell", { name: "Expired", exact: true })).toBeVisible();
  await expect(apps.getByRole("row", { name: new RegExp(laterApp) }).getByRole("cell", { name: day(120), exact: true })).toBeVisible();
  await page.getByRole("combobox", { name: "Secret expires" }).click();
  await page.getByRole("option", { name: "Already expired" }).click();
  await expect(page).toHaveURL(new RegExp(`expiresBefore=${day(0)}`));
  await expect(apps.getByRole("link", { name: expiredApp })).toBeVisible();
  await expect(apps.getByRole("link", { name: laterApp })).toBeHidden();
  const appsCsv = await (await page.request.get((await page.getByRole("link", { name: "Export CSV" }).getAttribute("href"))!)).text();
  expect(appsCsv).toContain(expiredApp);
  expect(appsCsv).toContain(`${day(-1)}T23:59:59`);
  expect(appsCsv).not.toContain(laterApp);

  // Connections: the API key's date; "Within 7 days" leaves out the connection with none.
  await page.goto(`/connections?q=${needle}`);
  await closeStrayMenu(page);
  const connections = page.getByTestId("connections-table");
  await expect(connections.getByRole("columnheader", { name: "Expires" })).toBeVisible();
  await expect(connections.getByRole("row", { name: new RegExp(soonConnection) }).getByRole("cell", { name: day(5), exact: true })).toBeVisible();
  await expect(connections.getByRole("row", { name: new RegExp(undatedConnection) }).getByRole("cell", { name: "—", exact: true })).toBeVisible();
  await page.getByRole("combobox", { name: "Secret expires" }).click();
  await page.getByRole("option", { name: "Within 7 days" }).click();
  await expect(page).toHaveURL(new RegExp(`expiresBefore=${day(8)}`));
  await expect(connections.getByRole("link", { name: soonConnection })).toBeVisible();
  await expect(connections.getByRole("link", { name: undatedConnection })).toBeHidden();
  const connectionsCsv = await (await page.request.get((await page.getByRole("link", { name: "Export CSV" }).getAttribute("href"))!)).text();
  expect(connectionsCsv).toContain(soonConnection);
  expect(connectionsCsv).toContain(`${day(5)}T23:59:59`);
  expect(connectionsCsv).not.toContain(undatedConnection);
  expect(connectionsCsv).not.toContain(apiKey);

  // The desktop table still fits its box with the new column.
  const tableBox = page.locator("#main [data-slot=table-container]");
  expect(await tableBox.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);

  // A phone: each row is a card with its labelled "Expires" field, and nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(connections.getByRole("row", { name: new RegExp(soonConnection) }).getByRole("cell", { name: `Expires ${day(5)}`, exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.goto(`/oauth-apps?q=${needle}&expiresBefore=${day(0)}`);
  await expect(apps.getByRole("row", { name: new RegExp(expiredApp) }).getByRole("cell", { name: "Expires Expired", exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: ".test-results/screenshots/oauth-apps-expires-390.png", fullPage: true });
  expect(await page.content()).not.toContain("canary-");
});

test("a webhook is added, sends a signed test event to a real receiver, and its delivery log shows it", async ({ page }) => {
  const received: { headers: Record<string, string>; body: string }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])), body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(200, { "content-type": "text/plain" }).end("received by e2e");
    });
  });
  await new Promise<void>((resolve) => server.listen(RECEIVER_PORT, "127.0.0.1", resolve));
  try {
    await signInAsAdmin(page);
    await page.goto("/settings/webhooks");
    await closeStrayMenu(page);
    await page.getByRole("button", { name: "Add webhook" }).first().click();
    const dialog = page.getByRole("dialog");
    // Bad input first: a clear message, nothing made.
    await dialog.getByLabel("Endpoint URL").fill("ftp://example.com/x");
    await dialog.getByRole("button", { name: "Add webhook" }).click();
    await expect(dialog.getByText(/url must be an https URL/i)).toBeVisible();
    const url = `http://127.0.0.1:${RECEIVER_PORT}/${unique("hooks")}`;
    await dialog.getByLabel("Endpoint URL").fill(url);
    await dialog.getByRole("button", { name: "Add webhook" }).click();
    const secretBox = page.getByTestId("webhook-signing-secret");
    await expect(secretBox).toHaveValue(/^whsec_/);
    const signingSecret = await secretBox.inputValue();
    await page.getByRole("button", { name: "Done" }).click();
    await expect(page).toHaveURL(/\/settings\/webhooks\/[0-9a-f-]{36}$/);
    await closeStrayMenu(page);
    await expect(page.getByRole("heading", { name: url })).toBeVisible();

    await page.getByRole("button", { name: "Send test event" }).click();
    await expect.poll(() => received.length, { timeout: 30_000 }).toBeGreaterThan(0);
    const message = received[0];
    const payload = new Webhook(signingSecret).verify(message.body, message.headers) as { type: string; data: { resource: { url: string } } };
    expect(payload.type).toBe("webhook.test");
    expect(message.body).not.toContain(signingSecret);

    await expect
      .poll(
        async () => {
          await page.reload();
          return page.locator("table").textContent();
        },
        { timeout: 30_000 },
      )
      .toMatch(/webhook\.test.*200.*received by e2e/s);
    expect(await page.content()).not.toContain(signingSecret);
    await closeStrayMenu(page);

    // Phone width: the log scrolls inside its box, the page does not.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: ".test-results/screenshots/webhook-390.png", fullPage: true });
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
