// "Connect your account" in Chromium against a real OAuth provider (oidc-provider on loopback,
// with its own login and consent pages): the publisher connects their account from a Viewer
// integration's page, sees it under Connected accounts, and a workload then exchanges a user
// session token for the publisher's own token; disconnecting asks for confirmation. No refresh
// token or client secret reaches a page, a response, the server log or the audit table.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { E2E_BASE_URL, E2E_SERVER_LOG } from "../playwright.config";
import { startOAuthServer, type TestOAuthServer } from "../test/support/oauth-server";
import { connectAtProvider, createViewerIntegration } from "./support/connect-account";
import { tableText } from "./support/database";
import { signIn, unique } from "./support/helpers";
import { roleKeys } from "./support/roles";
import { createUserSessionToken, exchangeForm } from "./support/workloads";

const CALLBACK = `${E2E_BASE_URL}/oauth/callback`;
const CLIENT = { client_id: "connect-e2e", client_secret: unique("canary-viewer-secret"), redirect_uris: [CALLBACK] };
const as = (key: string) => ({ Authorization: `Key ${key}` });
let provider: TestOAuthServer;

test.beforeAll(async () => {
  provider = await startOAuthServer({ authorizationCodeClients: [CLIENT] });
});
test.afterAll(() => provider?.stop());

test("a publisher connects their account at the provider, and a user session token exchange returns their token", async ({ browser, request }) => {
  test.setTimeout(180_000);
  const keys = roleKeys();
  const name = unique("Viewer e2e");
  const guid = await createViewerIntegration(request, keys.admin, provider, CLIENT, name);

  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  const page = await context.newPage();
  const bodies: Promise<string | null>[] = [];
  page.on("response", (response) => {
    if (/json|text|javascript|x-component/i.test(response.headers()["content-type"] ?? "")) bodies.push(response.text().catch(() => null));
  });
  await signIn(page, keys.publisherEmail, keys.password);
  await expect(page.getByRole("button", { name: "User menu" })).toBeVisible();
  await page.goto(`/integrations/${guid}`);
  await connectAtProvider(page, page.getByRole("button", { name: "Connect your account" }), provider, "publisher-at-provider");
  const row = page.getByTestId(`session-${guid}`);
  await expect(row).toContainText(name);
  await expect(row).toContainText("Active");

  // A workload of the publisher uses the integration; the exchange returns the publisher's token.
  const content = await request.post("/__api__/v1/content", { headers: as(keys.publisher), data: { name: unique("viewer-e2e").toLowerCase() } });
  const { guid: contentGuid } = (await content.json()) as { guid: string };
  const associated = await request.put(`/__api__/v1/content/${contentGuid}/oauth/integrations/associations`, { headers: as(keys.publisher), data: [{ oauth_integration_guid: guid }] });
  expect(associated.status()).toBe(204);
  const subject = await createUserSessionToken(keys.publisherEmail, contentGuid);
  const exchanged = await request.post("/__api__/v1/oauth/integrations/credentials", {
    headers: { ...as(keys.publisher), "content-type": "application/x-www-form-urlencoded" },
    data: exchangeForm(subject, "user"),
  });
  expect(exchanged.status(), await exchanged.text()).toBe(200);
  const credentials = (await exchanged.json()) as Record<string, unknown>;
  expect(credentials.token_type).toBe("Bearer");
  expect(provider.issuedAccessTokens).toContain(credentials.access_token);
  expect(credentials).not.toHaveProperty("refresh_token");
  // Other specs connect the same publisher to their own integrations: this one's session is among them, once.
  const sessions = (await (await request.get("/__api__/v1/oauth/sessions", { headers: as(keys.publisher) })).json()) as { oauth_integration_guid: string; has_refresh_token: boolean }[];
  expect(sessions.filter((s) => s.oauth_integration_guid === guid)).toEqual([expect.objectContaining({ oauth_integration_guid: guid, has_refresh_token: true })]);

  // Disconnect, after a confirmation.
  await page.goto("/connected-accounts");
  await page.getByTestId(`session-${guid}`).getByRole("button", { name: "Disconnect" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Disconnect" }).click();
  await expect(page.getByTestId(`session-${guid}`)).toHaveCount(0);
  const refused = await request.post("/__api__/v1/oauth/integrations/credentials", {
    headers: { ...as(keys.publisher), "content-type": "application/x-www-form-urlencoded" },
    data: exchangeForm(subject, "user"),
  });
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { error: string }).error).toContain(`/connected-accounts?integration=${guid}`);

  // The canary: no refresh token or client secret in any page or response, the log or the audit table.
  const seen = (await Promise.all(bodies)).filter((b): b is string => b !== null).join("\n") + (await page.content());
  const log = readFileSync(E2E_SERVER_LOG, "utf8");
  const audit = await tableText("audit_events");
  for (const secret of [CLIENT.client_secret, ...provider.issuedRefreshTokens]) {
    expect(seen).not.toContain(secret);
    expect(log).not.toContain(secret);
    expect(audit).not.toContain(secret);
  }
  await context.close();
});
