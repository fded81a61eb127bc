// A connected account the provider stops accepting (the grant revoked: invalid_grant on the next
// refresh) shows where its user looks — the home dashboard's card and the Viewer integration's page,
// each with Reconnect — and for the admin, on the dashboard with the member's email. Reconnecting
// through the provider's own login and consent pages (oidc-provider on loopback) clears both.
// No refresh token or client secret reaches a page, the server log or the audit table.
// Screenshots at 1440 and 390 px go to .test-results/screenshots-reauthorization/.
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { E2E_BASE_URL, E2E_SERVER_LOG } from "../playwright.config";
import { startOAuthServer, type TestOAuthServer } from "../test/support/oauth-server";
import { connectAtProvider, createViewerIntegration } from "./support/connect-account";
import { tableText, withDatabase } from "./support/database";
import { signIn, signInAsAdmin, unique } from "./support/helpers";
import { roleKeys } from "./support/roles";
import { createUserSessionToken, exchangeForm } from "./support/workloads";

const CALLBACK = `${E2E_BASE_URL}/oauth/callback`;
const CLIENT = { client_id: "reauth-e2e", client_secret: unique("canary-reauth-secret"), redirect_uris: [CALLBACK] };
const as = (key: string) => ({ Authorization: `Key ${key}` });
const SHOTS = ".test-results/screenshots-reauthorization";
let provider: TestOAuthServer;

test.beforeAll(async () => {
  provider = await startOAuthServer({ authorizationCodeClients: [CLIENT] });
});
test.afterAll(() => provider?.stop());

async function shoot(page: Page, name: string) {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: `${SHOTS}/${width}-${name}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test("a connection needing reauthorization shows on the dashboard and the integration's page, and Reconnect clears it", async ({ browser, page: adminPage, request }) => {
  test.setTimeout(180_000);
  const keys = roleKeys();
  const name = unique("Reauth e2e");
  const guid = await createViewerIntegration(request, keys.admin, provider, CLIENT, name);

  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  const page = await context.newPage();
  const bodies: Promise<string | null>[] = [];
  for (const p of [page, adminPage]) {
    p.on("response", (response) => {
      if (/json|text|javascript|x-component/i.test(response.headers()["content-type"] ?? "")) bodies.push(response.text().catch(() => null));
    });
  }
  await signIn(page, keys.publisherEmail, keys.password);
  await expect(page.getByRole("button", { name: "User menu" })).toBeVisible();
  await page.goto(`/integrations/${guid}`);
  await connectAtProvider(page, page.getByRole("button", { name: "Connect your account" }), provider, "publisher-reauth");
  // The page's breadcrumb names it (not its path).
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("Connected accounts");
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).not.toContainText("connected-accounts");

  // The provider revokes the grant; the access token has run out: the next exchange refreshes and hears invalid_grant.
  await provider.revoke(provider.issuedRefreshTokens.at(-1)!, CLIENT);
  await withDatabase((c) =>
    c.query(
      `UPDATE oauth_credentials SET access_token_expires_at = now() - interval '1 minute'
        WHERE resource_type = 'oauth_session' AND resource_id IN (SELECT s.guid::text FROM oauth_sessions s JOIN integrations i ON i.id = s.integration_id WHERE i.guid = $1)`,
      [guid],
    ),
  );
  const content = await request.post("/__api__/v1/content", { headers: as(keys.publisher), data: { name: unique("reauth-e2e").toLowerCase() } });
  const { guid: contentGuid } = (await content.json()) as { guid: string };
  await request.put(`/__api__/v1/content/${contentGuid}/oauth/integrations/associations`, { headers: as(keys.publisher), data: [{ oauth_integration_guid: guid }] });
  const exchange = () =>
    request.post("/__api__/v1/oauth/integrations/credentials", {
      headers: { ...as(keys.publisher), "content-type": "application/x-www-form-urlencoded" },
      data: exchangeForm(subject, "user"),
    });
  const subject = await createUserSessionToken(keys.publisherEmail, contentGuid);
  const refused = await exchange();
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { error: string }).error).toContain(`/connected-accounts?integration=${guid}`);

  // The publisher's dashboard: the card lists it with Reconnect.
  await page.goto("/");
  const card = page.getByTestId("widget-reauthorization");
  const row = card.getByTestId(`reauthorization-${guid}`);
  await expect(row).toContainText(name);
  await expect(row.getByRole("button", { name: "Reconnect" })).toBeVisible();
  await shoot(page, "dashboard-publisher");

  // The integration's page: a banner with Reconnect.
  await page.goto(`/integrations/${guid}`);
  const banner = page.getByTestId("reauthorization-banner");
  await expect(banner).toContainText("Your connected account needs reauthorization");
  await shoot(page, "integration-banner");

  // The admin's dashboard names the member; the admin's integration page counts them.
  await signInAsAdmin(adminPage);
  await adminPage.goto("/");
  await expect(adminPage.getByTestId("widget-reauthorization").getByTestId(`reauthorization-${guid}`)).toContainText(keys.publisherEmail);
  await adminPage.goto(`/integrations/${guid}`);
  await expect(adminPage.getByTestId("reauthorization-banner")).toContainText("1 member's connected account needs reauthorization");

  // Reconnect from the banner: the provider's pages, then back, active, and nothing left to show.
  await connectAtProvider(page, banner.getByRole("button", { name: "Reconnect" }), provider, "publisher-reauth");
  await expect(page.getByTestId(`session-${guid}`)).toContainText("Active");
  await page.goto(`/integrations/${guid}`);
  await expect(page.getByTestId("integration-header")).toBeVisible();
  await expect(page.getByTestId("reauthorization-banner")).toHaveCount(0);
  await page.goto("/");
  await expect(page.getByTestId("widget-reauthorization").getByTestId(`reauthorization-${guid}`)).toHaveCount(0);
  expect((await exchange()).status()).toBe(200);

  // The canary: no refresh token or client secret in any page or response, the server log or the audit table.
  const seen = (await Promise.all(bodies)).filter((b): b is string => b !== null).join("\n");
  const log = readFileSync(E2E_SERVER_LOG, "utf8");
  const audit = await tableText("audit_events");
  for (const secret of [CLIENT.client_secret, ...provider.issuedRefreshTokens]) {
    expect(seen).not.toContain(secret);
    expect(log).not.toContain(secret);
    expect(audit).not.toContain(secret);
  }
  await context.close();
});
