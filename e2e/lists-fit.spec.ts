// Every list fits its box: at 390 px each row is a card (no sideways scrolling, every row's
// actions on screen), at 1440 px each table fits without scrolling; selecting rows never moves the
// toolbar; forms name fields by their labels; the palette finds a record of every section.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openPalette, signInAsAdmin, unique } from "./support/helpers";
import { roleKeys } from "./support/roles";
import { seedEveryList, type Seeded } from "./support/seed-every-list";

test.describe.configure({ timeout: 300_000 });

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

const lists = (s: Seeded, needle: string) =>
  [
    ["/integrations", "integrations-table"],
    ["/workloads", "workloads-table"],
    ["/users", "users-table"],
    ["/groups", "groups-table"],
    [`/groups/${s.group}`, "group-members-table"],
    ["/api-keys", "api-keys-table"],
    ["/audit", "audit-table"],
    ["/oauth-apps", "oauth-apps-table"],
    ["/oauth-profiles?owner=all", "oauth-profiles-table"],
    [`/apps?q=${encodeURIComponent(needle)}`, "org-apps"],
    ["/connections", "connections-table"],
    ["/boards", "boards-table"],
  ] as const;

/** Neither the page nor any table inside #main is wider than its box. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const wide = (el: Element) => el.scrollWidth > el.clientWidth + 1;
    const found: string[] = [];
    if (wide(document.documentElement)) found.push(`page ${document.documentElement.scrollWidth}px in ${document.documentElement.clientWidth}px`);
    const main = document.getElementById("main")!;
    if (wide(main)) found.push(`#main ${main.scrollWidth}px in ${main.clientWidth}px`);
    for (const box of main.querySelectorAll("[data-slot=table-container]")) if (wide(box)) found.push(`table ${box.scrollWidth}px in ${box.clientWidth}px`);
    return found;
  });
}

/** The element lies wholly inside the window horizontally (reachable without sideways scrolling). */
async function expectOnScreen(page: Page, locator: ReturnType<Page["locator"]>, what: string) {
  await expect(locator, what).toBeVisible();
  const box = (await locator.boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(box.x, what).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, what).toBeLessThanOrEqual(width);
}

test("at 390 px every list is cards that fit, with each row's actions on screen; at 1440 px every table fits its box", async ({ page, request }) => {
  const needle = unique("fit");
  const seeded = await seedEveryList(request, needle);
  await signInAsAdmin(page);

  for (const viewport of [PHONE, DESKTOP]) {
    await page.setViewportSize(viewport);
    for (const [path, ready] of lists(seeded, needle)) {
      await page.goto(path);
      const table = page.locator("#main").getByTestId(ready);
      await table.waitFor();
      await page.screenshot({ path: `.test-results/screens/list-${ready}-${viewport.width}.png`, fullPage: true });
      expect(await overflowing(page), `${path} at ${viewport.width} px`).toEqual([]);
      // Cards below md: no header row, each row a block with its fields labelled.
      const header = table.locator("thead");
      if (viewport === PHONE) await expect(header, path).toBeHidden();
      else await expect(header, path).toBeVisible();
    }
  }

  // The controls the issue found off-screen on a phone.
  await page.setViewportSize(PHONE);
  await page.goto(`/users?q=${encodeURIComponent("viewer")}`);
  const userRow = page.locator("#main").getByTestId("users-table").getByRole("row").first();
  await expectOnScreen(page, userRow.getByRole("combobox"), "Users: role menu");
  await expectOnScreen(page, userRow.getByRole("button", { name: /^(Lock|Unlock) / }), "Users: Lock");
  await page.goto("/audit");
  const auditRow = page.locator("#main").getByTestId("audit-table").getByRole("row").first();
  await expectOnScreen(page, auditRow.getByText(/^(success|denied|failure)$/), "Audit: outcome");
  await page.goto(`/groups/${seeded.group}`);
  await expectOnScreen(page, page.locator("#main").getByRole("button", { name: /^Remove / }).first(), "Group: Remove");
  await page.goto(`/integrations?q=${encodeURIComponent(needle)}`);
  const integrationRow = page.locator("#main").getByTestId("integrations-table").getByRole("row").first();
  await expectOnScreen(page, integrationRow.locator('td[data-label="Auth type"]'), "Integrations: Auth type");
  await expectOnScreen(page, integrationRow.locator('td[data-label="Secrets"]'), "Integrations: Secrets");
  // Sorting and selecting work without the header: the card bar does both.
  await page.goto("/groups");
  await page.getByRole("combobox", { name: "Sort by" }).click();
  await page.getByRole("option", { name: "Name, descending" }).click();
  await expect(page).toHaveURL(/sort=-name/);
  await page.getByRole("checkbox", { name: "Select every group on this page" }).check();
  await expect(page.getByRole("button", { name: /^Delete \d+ selected$/ })).toBeVisible();

  // The audit log names the resource and links it while it exists.
  await page.setViewportSize(DESKTOP);
  await page.goto(`/audit?resourceType=integration&resourceId=${seeded.integration}`);
  const link = page.locator("#main").getByTestId("audit-resource-link").first();
  await expect(link).toHaveText(`${needle} integration with a rather long name`);
  await expect(link).toHaveAttribute("href", `/integrations/${seeded.integration}`);
});

test("selecting rows does not move the toolbar, and a search in flight dims the rows", async ({ page, request }) => {
  const needle = unique("toolbar");
  for (let i = 0; i < 3; i++) expect((await request.post("/__api__/v1/oauth/integrations", { headers: { Authorization: `Key ${roleKeys().admin}` }, data: { name: `${needle} ${i}`, template: "connect", config: { max_role: "Viewer" } } })).ok()).toBe(true);
  await signInAsAdmin(page);
  for (const width of [1280, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/integrations?q=${encodeURIComponent(needle)}`);
    const table = page.locator("#main").getByTestId("integrations-table");
    await expect(table.getByRole("row")).toHaveCount(4);
    const search = page.getByLabel("Search");
    const before = await search.boundingBox();
    const tag = await page.getByRole("combobox", { name: "Tag" }).boundingBox();
    await page.getByRole("checkbox", { name: "Select every integration on this page" }).check();
    await expect(page.getByRole("button", { name: "Delete 3 selected" })).toBeVisible();
    expect(await search.boundingBox(), `search box at ${width}`).toEqual(before);
    expect(await page.getByRole("combobox", { name: "Tag" }).boundingBox(), `tag filter at ${width}`).toEqual(tag);
  }

  // A search that takes a moment: the rows dim (aria-busy) and a bar runs until the page arrives.
  await page.route(/\/integrations\?.*_rsc=/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.getByLabel("Search").fill(`${needle} 1`);
  await page.getByLabel("Search").press("Enter");
  await expect(page.getByTestId("table-pending")).toBeVisible();
  await expect(page.locator("#main").getByTestId("integrations-table")).toHaveAttribute("aria-busy", "true");
  await expect(page.getByTestId("table-pending")).toBeHidden({ timeout: 20_000 });
  await expect(page.locator("#main").getByTestId("integrations-table").getByRole("row")).toHaveCount(2);
});

test("empty submits name fields by their labels: OAuth app, OAuth profile and connection forms", async ({ page, request }) => {
  const needle = unique("labels");
  const seeded = await seedEveryList(request, needle);
  await signInAsAdmin(page);
  const noPaths = async (form: ReturnType<Page["locator"]>) => {
    const text = await form.innerText();
    expect(text).not.toMatch(/\b(clientId|clientSecret|authorizeURI|tokenURI|dataStore|oauthAppId|refreshToken|data\.\w+|apiKey)\b/);
  };

  await page.goto("/oauth-apps/new");
  const appForm = page.getByTestId("oauth-app-form");
  await appForm.getByLabel("Name").fill("");
  await appForm.getByRole("button", { name: /^Create/ }).click();
  await expect(appForm.getByText("Client ID is required")).toBeVisible();
  await expect(appForm.getByText("Authorization URL is required")).toBeVisible();
  await expect(appForm.getByText("Token URL is required")).toBeVisible();
  await noPaths(appForm);

  await page.goto("/oauth-profiles/new");
  const connect = page.getByTestId("connect-form");
  await connect.getByRole("button", { name: /Connect|Create/ }).first().click();
  await expect(connect.getByText("OAuth app is required")).toBeVisible();
  await expect(connect.getByText("Profile name is required")).toBeVisible();
  await noPaths(connect);

  await page.goto(`/connections/new?appId=${seeded.app}&authType=apikey`);
  const connection = page.getByTestId("connection-form");
  await connection.getByRole("button", { name: /^Create|^Save/ }).click();
  await expect(connection.locator("[data-slot=field-error]").first()).toHaveText(/^API key (is required|must not be empty)/);
  await noPaths(connection);
  // The wizard's back link says where it goes.
  await expect(page.getByRole("link", { name: "Choose another auth type" })).toHaveAttribute("href", `/connections/new?appId=${seeded.app}`);

  // A connection's page names its secrets and activity in words.
  await page.goto(`/connections/${seeded.connection}`);
  await expect(page.getByTestId("connection-secrets")).toContainText("API key");
  await expect(page.getByTestId("connection-secrets")).not.toContainText("apiKey");
  await expect(page.getByTestId("integration-audit-events")).toContainText("Created");
  await expect(page.getByTestId("integration-audit-events")).not.toContainText("connection.create");
});

test("the palette finds a record of every section, grouped, each with See all", async ({ page, request }) => {
  // No hyphen: HDP names (letters, digits, _) carry the needle too.
  const needle = unique("pal").replace(/-/g, "");
  await seedEveryList(request, needle);
  await signInAsAdmin(page);
  const palette = await openPalette(page);
  await palette.getByRole("combobox").fill(needle);
  for (const section of ["Integrations", "Connections", "Apps", "Boards", "OAuth apps", "OAuth profiles", "Workloads", "Groups"]) {
    await expect(palette.getByRole("group", { name: section, exact: true }), section).toBeVisible({ timeout: 15_000 });
    await expect(palette.getByRole("option", { name: `See all in ${section}`, exact: true })).toBeVisible();
  }
  await palette.getByRole("option", { name: "See all in Connections" }).click();
  await expect(page).toHaveURL(new RegExp(`/connections\\?q=${needle}$`));
  await expect(page.locator("#main").getByTestId("connections-table")).toContainText(`${needle} connection`);
});

test("cards at 390 px pass axe in both themes", async ({ page, request }) => {
  const needle = unique("axe");
  const seeded = await seedEveryList(request, needle);
  await signInAsAdmin(page);
  await page.setViewportSize(PHONE);
  for (const theme of ["light", "dark"]) {
    await page.evaluate((t) => localStorage.setItem("theme", t), theme);
    for (const [path, ready] of lists(seeded, needle)) {
      await page.goto(path);
      await page.locator("#main").getByTestId(ready).waitFor();
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${path} (${theme}): ${v.id} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
    }
  }
});
