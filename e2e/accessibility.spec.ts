// Every console page (lists, details, new and edit forms) passes axe's WCAG 2 A/AA rules with no serious or critical violation, in the
// light and the dark theme.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { E2E_ADMIN } from "../playwright.config";
import { openPalette, signIn, signInAsAdmin, unique } from "./support/helpers";
import { roleKeys } from "./support/roles";

// Every page twice (two themes) through axe, on a shared, loaded machine.
test.describe.configure({ timeout: 360_000 });

async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${what}: ${v.id} (${v.impact}) — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
}

// One test per theme (each well inside its timeout on a loaded machine), then the viewer's pages.
for (const theme of ["light", "dark"] as const) test(`every console page, the 404 page, the palette and the phone menu have no serious accessibility violations (${theme})`, async ({ page, request }) => {
  await page.goto("/login");
  await page.evaluate((t) => localStorage.setItem("theme", t), theme);
  await page.reload();
  await expectAccessible(page, `login (${theme})`);

  // An integration to show on the list and detail pages.
  const created = await request.post("/__api__/v1/oauth/integrations", {
    headers: { Authorization: `Key ${roleKeys().admin}` },
    data: { name: unique("Accessible"), template: "connect", config: { max_role: "Viewer" } },
  });
  const { guid } = await created.json();
  // And one of each other kind: an OAuth app and profile (HDP's API), an app, a connection and a board (Switchboard's).
  const hdp = { Authorization: `Basic ${Buffer.from(`${E2E_ADMIN.email}:${roleKeys().admin}`).toString("base64")}` };
  const oauthApp = await (
    await request.post("/api/mgmt/oauthapps", {
      headers: hdp,
      data: { name: unique("Accessible").replace(/-/g, "_"), dataStore: 1, clientId: "client", clientSecret: "secret", authorizeURI: "https://idp.example.com/authorize", tokenURI: "https://idp.example.com/token" },
    })
  ).json();
  const profile = await (await request.post("/api/mgmt/oauthprofiles", { headers: hdp, data: { name: unique("Accessible").replace(/-/g, "_"), oauthAppId: oauthApp.id, refreshToken: "rt" } })).json();
  const switchboard = "/api/switchboard/v1alpha1/organisations/default";
  const raw = { Authorization: roleKeys().admin };
  const app = await (await request.post(`${switchboard}/apps`, { headers: raw, data: { name: unique("Accessible app"), server: { name: "API", url: "https://api.example.com" }, authConfigs: [{ type: "apikey", data: { name: "X-Key", in: "header" } }] } })).json();
  const connection = await (await request.post(`${switchboard}/connections`, { headers: raw, data: { name: unique("Accessible connection"), appId: app.id, authType: "apikey", data: { apiKey: "k" } } })).json();
  expect((await request.post(`${switchboard}/boards`, { headers: raw, data: { name: unique("Accessible board"), connectionIds: [connection.id] } })).ok()).toBe(true);

  // A group with a member, and the integration restricted to it ("who can use it").
  const key = { Authorization: `Key ${roleKeys().admin}` };
  const group = await (await request.post("/__api__/v1/groups", { headers: key, data: { name: unique("Accessible group") } })).json();
  const viewerGuid = (await (await request.get(`/__api__/v1/users?prefix=${encodeURIComponent(roleKeys().viewerEmail)}`, { headers: key })).json()).results[0].guid;
  expect((await request.post(`/__api__/v1/groups/${group.guid}/members`, { headers: key, data: { user_guid: viewerGuid } })).ok()).toBe(true);
  expect((await request.patch(`/__api__/v1/oauth/integrations/${guid}`, { headers: key, data: { tags: ["finance", "eu"], permissions: [{ group_guid: group.guid }] } })).ok()).toBe(true);

  const workload = await (await request.post("/__api__/v1/content", { headers: key, data: { name: unique("accessible-workload").toLowerCase(), title: "Accessible workload" } })).json();

  await signInAsAdmin(page);
  {
    for (const [path, ready] of [
      ["/", "widget-activity"],
      ["/integrations", "integrations-table"],
      [`/integrations/${guid}`, "integration-detail"],
      ["/integrations/new?template=azure", null],
      [`/integrations/${guid}/edit`, null],
      ["/workloads", "workloads-table"],
      [`/workloads/${workload.guid}`, "workload-header"],
      ["/workloads/new", "workload-form"],
      [`/workloads/${workload.guid}/edit`, "workload-form"],
      ["/users", "users-table"],
      ["/groups", "groups-table"],
      [`/groups/${group.guid}`, "group-members-table"],
      ["/api-keys", "api-keys-table"],
      ["/audit", "audit-table"],
      ["/oauth-apps", "oauth-apps-table"],
      [`/oauth-apps/${oauthApp.id}`, "oauth-app-header"],
      ["/oauth-apps/new", "oauth-app-form"],
      [`/oauth-apps/${oauthApp.id}/edit`, "oauth-app-form"],
      ["/oauth-profiles?owner=all", "oauth-profiles-table"],
      [`/oauth-profiles/${profile.id}`, "oauth-profile-header"],
      ["/oauth-profiles/new", "connect-form"],
      ["/apps", "org-apps"],
      [`/apps/${app.id}`, "app-detail"],
      ["/apps/new", "app-form"],
      [`/apps/${app.id}/edit`, "app-form"],
      ["/connections", "connections-table"],
      [`/connections/${connection.id}`, "connection-detail"],
      [`/connections/${connection.id}/edit`, "connection-form"],
      ["/connections/new", "catalogue-apps"],
      ["/boards", "boards-table"],
      ["/no-such-page", "not-found"],
    ] as const) {
      await page.goto(path);
      // Inside #main: streamed HTML briefly holds a hidden copy outside it until React swaps it in.
      if (ready) await page.locator("#main").getByTestId(ready).waitFor();
      else await page.locator("#main h1").waitFor();
      if (path === "/") await expect(page.getByTestId("widget-activity").getByRole("listitem").first()).toBeVisible();
      await expectAccessible(page, `${path} (${theme})`);
    }
    // The palette, and the phone layout's menu.
    await openPalette(page);
    await expectAccessible(page, `command palette (${theme})`);
    await page.keyboard.press("Escape");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("button", { name: "Open menu" }).click();
    await page.getByTestId("mobile-menu").waitFor();
    await expectAccessible(page, `mobile menu (${theme})`);
    await page.keyboard.press("Escape");
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});

test("the viewer's 403 page and dashboard have no serious accessibility violations, in both themes", async ({ page }) => {
  await signIn(page, roleKeys().viewerEmail, roleKeys().password);
  // The sign-in action must finish before the next navigation, or that navigation cancels it.
  await expect(page.getByRole("navigation", { name: "Main" }).first()).toBeVisible();
  for (const theme of ["light", "dark"]) {
    await page.evaluate((t) => localStorage.setItem("theme", t), theme);
    await page.goto("/integrations");
    await page.locator("#main").getByTestId("forbidden").waitFor();
    await expectAccessible(page, `forbidden page (${theme})`);
    await page.goto("/");
    await page.locator("#main").getByTestId("widget-counts").getByRole("listitem").first().waitFor();
    await expectAccessible(page, `viewer's dashboard (${theme})`);
  }
});
