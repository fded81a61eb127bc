// "Connect your account" (or "Reconnect") in Chromium: the click on the console's button, then the
// loopback oidc-provider's own login and consent pages, back to the console's Connected accounts.
import { expect, type Locator, type Page } from "@playwright/test";
import type { TestOAuthServer } from "../../test/support/oauth-server";

export async function connectAtProvider(page: Page, button: Locator, provider: TestOAuthServer, login: string) {
  await button.click();
  await page.waitForURL(new RegExp(`^${provider.issuer}/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL(/\/connected-accounts\?connect=done/);
  await expect(page.getByTestId("connect-done")).toBeVisible();
}
