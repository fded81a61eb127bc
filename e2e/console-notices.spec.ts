// Text in a console URL is never the console's words: every page that reports how a redirect
// ended (`?oauthError=`, `?reason=`, `?error=`) shows a known code's message, or a generic one.
import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "./support/helpers";

const INJECTED = "Your session expired. Call +1 555 0100 and give them your password";

test("pages show a generic message for an injected ?oauthError= / ?reason=, and a known code's own message", async ({ page }) => {
  await signInAsAdmin(page);
  const pages = [
    `/connections?oauthError=${encodeURIComponent(INJECTED)}`,
    `/connected-accounts?connect=failed&reason=${encodeURIComponent(INJECTED)}`,
    `/oauth-profiles/new?connect=failed&reason=${encodeURIComponent(INJECTED)}`,
    `/oauth/result?reason=${encodeURIComponent(INJECTED)}`,
  ];
  for (const url of pages) {
    await page.goto(url);
    await expect(page.getByText(/Something went wrong, and nothing was saved/).first(), url).toBeVisible();
    await expect(page.locator("body"), url).not.toContainText("555 0100");
  }
  await page.goto("/connected-accounts?connect=failed&reason=access_denied");
  await expect(page.getByText("You declined at the provider, so nothing was saved.")).toBeVisible();
});
