// OAuth apps and profiles in Chromium against a real OAuth provider (oidc-provider on loopback,
// with its own login and consent pages): an admin creates an app; a publisher connects a profile
// in the browser and refreshes it; the publisher cannot see another user's profile, the admin
// can; no client secret or token reaches a page, a response, the server log or the audit table.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { E2E_ADMIN, E2E_BASE_URL, E2E_SERVER_LOG } from "../playwright.config";
import { startOAuthServer, type TestOAuthServer } from "../test/support/oauth-server";
import { tableText } from "./support/database";
import { signIn, signInAsAdmin, unique } from "./support/helpers";
import { roleKeys } from "./support/roles";

const CALLBACK = `${E2E_BASE_URL}/oauth/callback`;
const CLIENT = { client_id: "console-e2e", client_secret: unique("canary-client-secret"), redirect_uris: [CALLBACK] };
let provider: TestOAuthServer;

test.beforeAll(async () => {
  provider = await startOAuthServer({ authorizationCodeClients: [CLIENT] });
});
test.afterAll(() => provider?.stop());

const TEXT_BODY = /json|text|javascript|x-component|xml/i;
function captureResponseBodies(page: Page): () => Promise<string[]> {
  const bodies: Promise<string | null>[] = [];
  page.on("response", (response) => {
    if (!TEXT_BODY.test(response.headers()["content-type"] ?? "")) return;
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000));
    bodies.push(Promise.race([response.text().catch(() => null), timeout]));
  });
  return async () => (await Promise.all(bodies)).filter((body): body is string => body !== null);
}

async function publisherPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  const page = await context.newPage();
  const { publisherEmail, password } = roleKeys();
  await signIn(page, publisherEmail, password);
  await expect(page.getByRole("button", { name: "User menu" })).toBeVisible();
  return page;
}

/** No serious axe violation, and no sideways scroll of the page's content on a 390 px phone (screenshots attached at both widths). */
async function checkPage(page: Page, what: string, testInfo: TestInfo) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${what}: ${v.id} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
  const wide = page.viewportSize();
  await testInfo.attach(`${what} 1440`, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
  await page.setViewportSize({ width: 390, height: 844 });
  // The page's own content (#main) must fit; the shell around it is the console section's.
  const overflow = await page.evaluate(() => {
    const main = document.querySelector("#main");
    return main ? main.scrollWidth - main.clientWidth : -1;
  });
  expect(overflow, `${what} scrolls sideways at 390 px`).toBe(0);
  await testInfo.attach(`${what} 390`, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
  if (wide) await page.setViewportSize(wide);
}

async function chooseApp(page: Page, form: string, appName: string) {
  await page.getByTestId(form).getByLabel("OAuth app").click();
  await page.getByRole("option", { name: new RegExp(`^${appName} `) }).click();
}

test("admin creates an app; a publisher connects a profile in the browser and refreshes it; owners stay apart", async ({ page, browser }, testInfo) => {
  // A long walk through two browsers and a provider on a shared 2-core machine.
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const appName = unique("Provider").replace(/-/g, "_");
  const adminBodies = captureResponseBodies(page);

  // Admin: the app, through the form.
  await signInAsAdmin(page);
  await page.goto("/oauth-apps");
  await page.getByRole("link", { name: "New OAuth app" }).first().click();
  const form = page.getByTestId("oauth-app-form");
  await form.getByLabel("Name").fill(appName);
  await form.getByLabel("Client ID").fill(CLIENT.client_id);
  await form.getByLabel("Client secret").fill(CLIENT.client_secret);
  await form.getByLabel("Authorization URL").fill(provider.authorizeUrl);
  await form.getByLabel("Token URL").fill(provider.tokenUrl);
  await form.getByLabel("Scope").fill("openid");
  await form.getByRole("button", { name: "Create OAuth app" }).click();
  await expect(page.getByTestId("oauth-app-header")).toContainText(appName);
  await expect(page.getByTestId("callback-url")).toHaveText(CALLBACK);
  await expect(page.getByTestId("oauth-app-fields")).toContainText("Set");
  await checkPage(page, "OAuth app detail", testInfo);
  await page.goto("/oauth-apps");
  await page.locator("#main").getByTestId("oauth-apps-table").waitFor();
  await checkPage(page, "OAuth apps list", testInfo);

  // Admin: a profile of their own, from pasted tokens.
  const adminProfile = unique("AdminOwn").replace(/-/g, "_");
  const pastedRefresh = unique("canary-pasted-refresh");
  await page.goto("/oauth-profiles/new");
  await page.getByRole("tab", { name: "Paste tokens" }).click();
  await chooseApp(page, "paste-tokens-form", appName);
  const paste = page.getByTestId("paste-tokens-form");
  await paste.getByLabel("Profile name").fill(adminProfile);
  await paste.getByLabel("Refresh token").fill(pastedRefresh);
  await paste.getByRole("button", { name: "Create profile" }).click();
  await expect(page.getByTestId("oauth-profile-header")).toContainText(adminProfile);
  const adminProfileUrl = page.url();

  // Publisher: Connect in the browser, through the provider's own login and consent pages.
  const publisher = await publisherPage(browser);
  const publisherBodies = captureResponseBodies(publisher);
  const profileName = unique("Connected").replace(/-/g, "_");
  await publisher.goto("/oauth-profiles/new");
  await checkPage(publisher, "New OAuth profile", testInfo);
  await chooseApp(publisher, "connect-form", appName);
  await publisher.getByTestId("connect-form").getByLabel("Profile name").fill(profileName);
  await publisher.getByRole("button", { name: `Connect with ${appName}` }).click();
  await publisher.waitForURL(new RegExp(`^${provider.issuer}/`));
  await publisher.locator('input[name="login"]').fill("publisher-at-provider");
  await publisher.locator('input[name="password"]').fill("any-password");
  await publisher.getByRole("button", { name: "Sign-in" }).click();
  await publisher.getByRole("button", { name: "Continue" }).click();
  await publisher.waitForURL(/\/oauth-profiles\/\d+\?connect=done$/);
  await expect(publisher.getByTestId("connect-done")).toBeVisible();
  await expect(publisher.getByTestId("oauth-profile-header")).toContainText(profileName);
  const status = publisher.getByTestId("token-status");
  await expect(status).toContainText("Active");
  await expect(status).toContainText(/Expires in/);
  await expect(status).toContainText("Never");
  const publisherProfileId = /\/oauth-profiles\/(\d+)/.exec(publisher.url())![1];

  // Refresh now: a real refresh_token grant; the page shows when, never the token.
  const issued = provider.issuedAccessTokens.length;
  await publisher.getByRole("button", { name: "Refresh now" }).click();
  await expect(publisher.getByText(/Refreshed: new access token/)).toBeVisible();
  await expect(status).not.toContainText("Never");
  expect(provider.issuedAccessTokens.length).toBe(issued + 1);
  await checkPage(publisher, "OAuth profile detail", testInfo);

  // The publisher sees only their own profile; another user's is "not found".
  await publisher.goto("/oauth-profiles");
  await expect(publisher.getByTestId("oauth-profiles-table")).toContainText(profileName);
  await expect(publisher.getByTestId("oauth-profiles-table")).not.toContainText(adminProfile);
  await publisher.goto(adminProfileUrl);
  await expect(publisher.getByText(/not found|could not be found/i).first()).toBeVisible();
  await expect(publisher.getByTestId("oauth-profile-header")).toHaveCount(0);
  await publisher.goto("/oauth-profiles?owner=all");
  await expect(publisher.getByTestId("oauth-profiles-table")).not.toContainText(adminProfile);

  // The admin sees everyone's, with the owner, and opens the publisher's.
  await page.goto("/oauth-profiles?owner=all");
  const table = page.getByTestId("oauth-profiles-table");
  await expect(table).toContainText(profileName);
  await expect(table).toContainText(roleKeys().publisherEmail);
  await checkPage(page, "OAuth profiles, all users", testInfo);
  await table.getByRole("link", { name: profileName }).click();
  await expect(page.getByTestId("oauth-profile-header")).toContainText(profileName);
  expect(page.url()).toContain(`/oauth-profiles/${publisherProfileId}?owner=`);
  await expect(page.getByTestId("token-status")).toContainText("Active");

  // Deleting the app names its profiles, and takes them along.
  await page.goto("/oauth-apps");
  await page.getByTestId("oauth-apps-table").getByRole("link", { name: appName }).click();
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("delete-profiles")).toContainText("2 OAuth profiles");
  await page.getByLabel(`Type ${appName} to confirm`).fill(appName);
  await page.getByRole("button", { name: "Delete OAuth app" }).click();
  await expect(page).toHaveURL(/\/oauth-apps$/);
  await publisher.goto(`/oauth-profiles/${publisherProfileId}`);
  await expect(publisher.getByTestId("oauth-profile-header")).toHaveCount(0);

  // No secret anywhere: client secret, pasted token, every token the provider issued.
  const canaries = [CLIENT.client_secret, pastedRefresh, ...provider.issuedAccessTokens, ...provider.issuedRefreshTokens];
  expect(canaries.length).toBeGreaterThanOrEqual(5);
  const haystacks = [...(await adminBodies()), ...(await publisherBodies()), await tableText("audit_events"), readFileSync(E2E_SERVER_LOG, "utf8")];
  for (const canary of canaries) expect(haystacks.filter((text) => text.includes(canary)).length, `${canary.slice(0, 12)}… leaked`).toBe(0);
  await publisher.context().close();
});

test("lists: profiles selected in the table are deleted after one confirmation; Edit and Replace tokens save through one dialog each", async ({ page, request }) => {
  const hdp = { Authorization: `Basic ${Buffer.from(`${roleKeys().publisherEmail}:${roleKeys().publisher}`).toString("base64")}` };
  const admin = { Authorization: `Basic ${Buffer.from(`${E2E_ADMIN.email}:${roleKeys().admin}`).toString("base64")}` };
  const appName = unique("Lists").replace(/-/g, "_");
  const app = await (
    await request.post("/api/mgmt/oauthapps", {
      headers: admin,
      data: { name: appName, dataStore: 1, clientId: "c", clientSecret: unique("canary-secret"), authorizeURI: provider.authorizeUrl, tokenURI: provider.tokenUrl },
    })
  ).json();
  const names = ["One", "Two", "Three"].map((n) => unique(`${n}`).replace(/-/g, "_"));
  const ids: number[] = [];
  for (const name of names) ids.push((await (await request.post("/api/mgmt/oauthprofiles", { headers: hdp, data: { name, oauthAppId: app.id, refreshToken: "rt" } })).json()).id);
  const canary = unique("canary-replaced-token");

  const { publisherEmail, password } = roleKeys();
  await signIn(page, publisherEmail, password);
  await expect(page.getByRole("button", { name: "User menu" })).toBeVisible();
  await page.goto(`/oauth-profiles?app=${app.id}`);
  const table = page.locator("#main").getByTestId("oauth-profiles-table");
  await expect(table.getByRole("row")).toHaveCount(4);
  await page.getByRole("checkbox", { name: `Select ${names[0]}` }).check();
  await page.getByRole("checkbox", { name: `Select ${names[1]}` }).check();
  await page.getByRole("button", { name: "Delete 2 selected" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm.getByTestId("bulk-delete-items")).toContainText(names[0]);
  await expect(confirm.getByTestId("bulk-delete-items")).toContainText(names[1]);
  await confirm.getByRole("button", { name: "Delete 2 OAuth profiles" }).click();
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText(names[2]);

  await page.goto(`/oauth-profiles/${ids[2]}`);
  await expect(page).toHaveTitle(new RegExp(`^${names[2]} · OAuth profile`));
  await page.getByRole("button", { name: "Edit" }).click();
  const renamed = `${names[2]}_renamed`;
  await page.getByRole("dialog").getByLabel("Profile name").fill(renamed);
  await page.getByRole("dialog").getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("oauth-profile-header")).toContainText(renamed);
  await page.getByRole("button", { name: "Replace tokens" }).click();
  await page.getByRole("dialog").getByLabel("Refresh token").fill(canary);
  await page.getByRole("dialog").getByRole("button", { name: "Replace tokens" }).click();
  await expect(page.getByText("Tokens replaced")).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  expect(await page.content()).not.toContain(canary);
});
