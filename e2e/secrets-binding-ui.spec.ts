// The console's forms (server actions on the same services as the APIs): pointing an
// integration or an OAuth app at another token endpoint without entering the secret again shows
// a field error under the secret, stores nothing, and sends nothing to the new host (a loopback
// listener standing in for the attacker's).
import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "../playwright.config";
import { startAttackerListener, type AttackerListener } from "../test/support/attacker-listener";
import { unique, signInAsAdmin } from "./support/helpers";
import { roleKeys } from "./support/roles";

let attacker: AttackerListener;
test.beforeAll(async () => {
  attacker = await startAttackerListener();
});
test.afterAll(async () => attacker?.stop());

const STORED_TOKEN_URL = "https://idp.example.com/oauth2/token";

test("the integration form refuses a new Token URI without the Client Secret, under that field", async ({ page, request }) => {
  const secret = unique("canary-form-secret");
  const created = await request.post("/__api__/v1/oauth/integrations", {
    headers: { Authorization: `Key ${roleKeys().admin}` },
    data: { name: unique("Form binding"), template: "custom", config: { auth_type: "Service Account", token_uri: STORED_TOKEN_URL, client_id: "form-client", client_secret: secret } },
  });
  expect(created.status(), await created.text()).toBe(200);
  const { guid } = await created.json();

  await signInAsAdmin(page);
  await page.goto(`/integrations/${guid}/edit`);
  await page.getByLabel("Token URI").fill(attacker.tokenUrl);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(/required when token_uri changes/)).toBeVisible();
  await expect(page.getByLabel("Client Secret")).toBeFocused();
  const stored = await request.get(`/__api__/v1/oauth/integrations/${guid}`, { headers: { Authorization: `Key ${roleKeys().admin}` } });
  expect((await stored.json()).config.token_uri).toBe(STORED_TOKEN_URL);
  expect(attacker.received()).not.toContain(secret);
});

test("the OAuth app form refuses a new Token URL without the Client secret, under that field", async ({ page, request }) => {
  const secret = unique("canary-app-form-secret");
  const basic = `Basic ${Buffer.from(`${E2E_ADMIN.email}:${roleKeys().admin}`).toString("base64")}`;
  const created = await request.post("/api/mgmt/oauthapps", {
    headers: { Authorization: basic },
    data: { name: unique("FormApp").replace(/-/g, "_"), dataStore: 1, clientId: "c", clientSecret: secret, authorizeURI: "https://idp.example.com/authorize", tokenURI: STORED_TOKEN_URL },
  });
  expect(created.status(), await created.text()).toBe(201);
  const app = await created.json();

  await signInAsAdmin(page);
  await page.goto(`/oauth-apps/${app.id}/edit`);
  const form = page.getByTestId("oauth-app-form");
  await form.getByLabel("Token URL").fill(attacker.tokenUrl);
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByText(/required when tokenURI changes/)).toBeVisible();
  const stored = await request.get(`/api/mgmt/oauthapps/${app.id}`, { headers: { Authorization: basic } });
  expect((await stored.json()).tokenURI).toBe(STORED_TOKEN_URL);
  expect(attacker.received()).not.toContain(secret);
});
