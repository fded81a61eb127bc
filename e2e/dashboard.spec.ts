// The home dashboard arrives drawn from the server's read (no query library in its first load)
// and then refreshes each widget on its own once TanStack Query has loaded after hydration.
import { expect, test } from "@playwright/test";
import { signInAsAdmin, unique } from "./support/helpers";
import { roleKeys } from "./support/roles";

test("the dashboard shows the server's first read, then refreshes its widgets every minute", async ({ page, request }) => {
  await page.clock.install();
  await signInAsAdmin(page);
  await page.goto("/");
  const integrations = page.getByTestId("widget-counts").getByRole("link", { name: /Integrations/ });
  const shown = async () => Number((await integrations.locator("span").first().innerText()).replace(/\D/g, ""));
  await expect(integrations).toBeVisible();
  const before = await shown();

  const created = await request.post("/__api__/v1/oauth/integrations", {
    headers: { Authorization: `Key ${roleKeys().admin}` },
    data: { name: unique("Dashboard refresh"), template: "connect", config: { max_role: "Viewer" } },
  });
  expect(created.ok()).toBe(true);
  // Nothing redraws the page but the widget's own refresh (every 60 s).
  expect(await shown()).toBe(before);
  const refreshed = page.waitForResponse((r) => r.url().endsWith("/api/console/dashboard/counts") && r.ok());
  await page.clock.fastForward("01:05");
  await refreshed;
  await expect.poll(shown).toBeGreaterThan(before);
  await expect(page.getByTestId("widget-counts")).not.toHaveAttribute("aria-busy", "true");
});
