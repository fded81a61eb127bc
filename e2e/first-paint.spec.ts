// How console pages load. A list page streams its list into a Suspense boundary (its loading.tsx); its header must not
// wait for it. The header's description is each list page's largest text: painted only when the
// streamed list is revealed, it made Largest Contentful Paint wait for the list and for React's
// reveal. So the header is part of the first paint: in the HTML before any streamed content.
import { expect, test } from "@playwright/test";
import { SECTION_HEADERS } from "../components/shell/section-headers";
import { signInAsAdmin } from "./support/helpers";

const LIST_PAGES: [string, keyof typeof SECTION_HEADERS][] = [
  ["/integrations", "integrations"],
  ["/workloads", "workloads"],
  ["/oauth-apps", "oauthApps"],
  ["/oauth-profiles", "oauthProfiles"],
  ["/apps", "apps"],
  ["/connections", "connections"],
  ["/boards", "boards"],
  ["/audit", "audit"],
  ["/users", "users"],
  ["/groups", "groups"],
  ["/api-keys", "apiKeys"],
];

// JSX writes apostrophes as &#x27; and quotes as &quot; in HTML.
const escaped = (text: string) => text.replace(/&/g, "&amp;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;");

test("every list page's header is in its first paint, before the streamed list", async ({ page }) => {
  await signInAsAdmin(page);
  const late: string[] = [];
  for (const [path, key] of LIST_PAGES) {
    const html = await (await page.request.get(path)).text();
    const header = html.indexOf(escaped(SECTION_HEADERS[key].description));
    const streamed = html.indexOf('<div hidden id="S:');
    expect(header, `${path}: its description is on the page`).toBeGreaterThan(-1);
    if (streamed !== -1 && header > streamed) late.push(`${path}: header at ${header}, streamed content from ${streamed}`);
  }
  expect(late).toEqual([]);
});

test("links prefetch on intent, not on sight: none on load, the hovered one on hover", async ({ page }) => {
  await signInAsAdmin(page);
  const prefetches: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"] || /[?&]_rsc=/.test(request.url())) prefetches.push(new URL(request.url()).pathname);
  });
  await page.goto("/integrations");
  await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Workloads" }).waitFor();
  await page.waitForLoadState("networkidle");
  expect(prefetches, "requests for routes on load").toEqual([]);
  await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Workloads" }).hover();
  await expect.poll(() => prefetches).toContain("/workloads");
  await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Workloads" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Workloads" })).toBeVisible();
});
