// The shell on a phone and with the keyboard: every section through the menu button at 390 px
// without sideways scrolling, the skip link, focus after navigation, the 404 and 403 pages with
// their HTTP status, the favicon, and sign-in returning to the page asked for (never elsewhere).
import { expect, test, type Page } from "@playwright/test";
import { E2E_ADMIN, E2E_BASE_URL } from "../playwright.config";
import { signIn, signInAsAdmin } from "./support/helpers";
import { roleKeys } from "./support/roles";

// Long browser journeys on a shared, loaded machine: each test gets 3 minutes.
test.describe.configure({ timeout: 180_000 });

const PHONE = { width: 390, height: 844 };

async function expectNoSidewaysScroll(page: Page, what: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${what} is ${scrollWidth}px wide in a ${clientWidth}px window`).toBeLessThanOrEqual(clientWidth);
}

test("at 390 px every section is reachable through the menu button, and no page scrolls sideways", async ({ page, request }) => {
  const created = await request.post("/__api__/v1/oauth/integrations", {
    headers: { Authorization: `Key ${roleKeys().admin}` },
    data: { name: "Phone layout", template: "connect", config: { max_role: "Viewer" } },
  });
  const { guid } = await created.json();

  await page.setViewportSize(PHONE);
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  const menuButton = page.getByRole("button", { name: "Open menu" });
  await expect(menuButton).toBeVisible();
  // The desktop sidebar is not drawn on a phone.
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);

  await menuButton.click();
  const menu = page.getByTestId("mobile-menu");
  // The sheet's code loads on the first tap (components/ui/lazy-popup.tsx): wait for it.
  await expect(menu.getByRole("navigation", { name: "Main" })).toBeVisible();
  const labels = await menu.getByRole("navigation", { name: "Main" }).getByRole("link").allInnerTexts();
  expect(labels.map((l) => l.replace(/\s*soon$/, "").trim())).toEqual(expect.arrayContaining(["Home", "Integrations", "Audit log", "Users", "API keys"]));
  await page.keyboard.press("Escape");

  for (const label of labels.map((l) => l.replace(/\s*soon$/, "").trim())) {
    await menuButton.click();
    // exact: "Apps" and "OAuth apps" are both sections.
    await menu.getByRole("link", { name: label, exact: true }).click();
    await expect(menu).toBeHidden();
    await expect(page.locator("#main h1").first()).toBeVisible();
    await expectNoSidewaysScroll(page, label);
  }

  for (const path of [`/integrations/${guid}`, `/integrations/${guid}/edit`, "/integrations/new?template=azure", "/no-such-page"]) {
    await page.goto(path);
    await expect(page.locator("#main h1").first()).toBeVisible();
    await expectNoSidewaysScroll(page, path);
  }
  // A record's page is titled with its name.
  await page.goto(`/integrations/${guid}`);
  await expect(page).toHaveTitle(/^Phone layout · Integration · /);
});

test("the skip link moves focus to the content, and navigation moves focus to the page heading", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto("/api-keys");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
  await expect(page.locator("#main h1")).toHaveText("Users");
  await expect(page.locator("#main h1")).toBeFocused();
  await expect(page).toHaveTitle(/^Users · /);
});

test("unknown pages answer 404 inside the shell, refused pages 403, and the favicon exists", async ({ page, request }) => {
  const signedOut = await request.get("/no-such-page", { maxRedirects: 0 });
  expect(signedOut.status()).toBe(404);
  expect(await signedOut.text()).toContain("Page not found");
  expect((await request.get("/favicon.ico")).status()).toBe(200);

  await signInAsAdmin(page);
  const missing = await page.goto("/no-such-page/deeper");
  expect(missing?.status()).toBe(404);
  await expect(page.locator("#main").getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  const unknownIntegration = await page.goto("/integrations/00000000-0000-0000-0000-000000000000");
  expect(unknownIntegration?.status()).toBe(404);

  await page.context().clearCookies();
  await signIn(page, roleKeys().viewerEmail, roleKeys().password);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  for (const [path, section] of [
    ["/users", "Users"],
    ["/audit", "Audit log"],
    ["/integrations", "Integrations"],
    ["/integrations/new", "Integrations"],
    ["/oauth-apps", "OAuth apps"],
    ["/apps", "Apps"],
    ["/connections", "Connections"],
    ["/boards", "Boards"],
    ["/workloads", "Workloads"],
    ["/workloads/new", "Workloads"],
  ]) {
    const refused = await page.goto(path);
    expect(refused?.status(), path).toBe(403);
    await expect(page.locator("#main").getByTestId("forbidden")).toBeVisible();
    // The breadcrumb names the section, not the path typed.
    await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText(section);
  }
});

test("sign-in returns to the page asked for, and never to another site", async ({ page }) => {
  await page.goto("/audit?action=integration.*");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/audit" && url.searchParams.get("action") === "integration.*");
  await expect(page.locator("#main h1")).toHaveText("Audit log");

  for (const evil of ["//evil.example", "https://evil.example", "/\\evil.example"]) {
    await page.context().clearCookies();
    await page.goto(`/login?callbackUrl=${encodeURIComponent(evil)}`);
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill(E2E_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#main h1")).toBeVisible();
    const url = new URL(page.url());
    expect(url.host, evil).toBe(new URL(E2E_BASE_URL).host);
    expect(url.pathname, evil).toBe("/");
  }
});

test("at 390 px a record with a long unbroken name or description still fits: every kind of detail page", async ({ page, request }) => {
  // 100 characters with no space: the longest name most kinds allow, and the shape of a pasted id.
  const long = (label: string) => `${label}_${"x".repeat(100)}`.slice(0, 100);
  const key = { Authorization: `Key ${roleKeys().admin}` };
  const basic = { Authorization: `Basic ${Buffer.from(`${E2E_ADMIN.email}:${roleKeys().admin}`).toString("base64")}` };
  const raw = { Authorization: roleKeys().admin };
  const switchboard = "/api/switchboard/v1alpha1/organisations/default";
  const ok = async (response: Awaited<ReturnType<typeof request.post>>): Promise<{ guid: string; id: string }> => {
    expect(response.status(), await response.text()).toBeLessThan(300);
    return (await response.json()) as { guid: string; id: string };
  };
  const integration = await ok(await request.post("/__api__/v1/oauth/integrations", { headers: key, data: { name: long("Integration"), description: long("Description"), template: "connect", config: { max_role: "Viewer" } } }));
  const group = await ok(await request.post("/__api__/v1/groups", { headers: key, data: { name: long(`Group${Date.now()}`) } }));
  const app = await ok(
    await request.post("/api/mgmt/oauthapps", {
      headers: basic,
      data: { name: long(`App${Date.now()}`), description: long("Description"), dataStore: 63, clientId: long("client"), clientSecret: "s", authorizeURI: "https://example.com/authorize", tokenURI: "https://example.com/token" },
    }),
  );
  const profile = await ok(await request.post("/api/mgmt/oauthprofiles", { headers: basic, data: { name: long(`Profile${Date.now()}`), oauthAppId: app.id, refreshToken: "rt" } }));
  const connection = await ok(await request.post(`${switchboard}/connections`, { headers: raw, data: { name: long(`Connection${Date.now()}`), appId: "generic-rest", authType: "apikey", data: { apiKey: "k" } } }));
  const catalogueApp = await ok(
    await request.post(`${switchboard}/apps`, { headers: raw, data: { name: long(`Switchboard${Date.now()}`), server: { url: `https://example.com/${"p".repeat(150)}` }, authConfigs: [{ type: "apikey", data: { name: "X-Key", in: "header" } }] } }),
  );

  await page.setViewportSize(PHONE);
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  // Signed in before navigating (a goto would cancel the sign-in).
  await expect(page.getByRole("button", { name: "Open menu" })).toBeVisible();
  for (const path of [
    `/integrations/${integration.guid}`,
    `/integrations/${integration.guid}/edit`,
    `/groups/${group.guid}`,
    `/oauth-apps/${app.id}`,
    `/oauth-apps/${app.id}/edit`,
    `/oauth-profiles/${profile.id}`,
    `/connections/${connection.id}`,
    `/connections/${connection.id}/edit`,
    `/apps/${catalogueApp.id}`,
    `/apps/${catalogueApp.id}/edit`,
  ]) {
    await page.goto(path);
    await expect(page.locator("#main h1").first()).toBeVisible();
    await expectNoSidewaysScroll(page, path);
  }
});
