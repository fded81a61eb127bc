// "Connect your account" (or "Reconnect") in Chromium: the click on the console's button, then the
// loopback oidc-provider's own login and consent pages, back to the console's Connected accounts;
// and the Viewer integration to connect to.
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import type { TestOAuthServer } from "../../test/support/oauth-server";

export async function connectAtProvider(page: Page, button: Locator, provider: TestOAuthServer, login: string) {
  await button.click();
  await page.waitForURL(new RegExp(`^${provider.issuer}/`));
  // The provider asks for a login once per browser session; a reconnect goes straight to consent.
  const loginField = page.locator('input[name="login"]');
  const consent = page.getByRole("button", { name: "Continue" });
  await expect(loginField.or(consent)).toBeVisible();
  if (await loginField.isVisible()) {
    await loginField.fill(login);
    await page.locator('input[name="password"]').fill("any-password");
    await page.getByRole("button", { name: "Sign-in" }).click();
  }
  await consent.click();
  await page.waitForURL(/\/connected-accounts\?connect=done/);
  await expect(page.getByTestId("connect-done")).toBeVisible();
}

/** A Viewer integration (custom template) at the loopback provider, created by the admin through Posit's API; its guid. */
export async function createViewerIntegration(request: APIRequestContext, adminKey: string, provider: TestOAuthServer, client: { client_id: string; client_secret: string }, name: string) {
  const created = await request.post("/__api__/v1/oauth/integrations", {
    headers: { Authorization: `Key ${adminKey}` },
    data: {
      name,
      template: "custom",
      config: { auth_type: "Viewer", authorization_uri: provider.authorizeUrl, token_uri: provider.tokenUrl, client_id: client.client_id, client_secret: client.client_secret, scopes: "openid" },
    },
  });
  expect(created.status(), await created.text()).toBe(200);
  return ((await created.json()) as { guid: string }).guid;
}
