// The Workloads pages in Chromium, as a publisher: create a workload through the form, create a
// content session token (shown once with the lines to use it, then only its prefix), associate an
// integration found by name, make a "session token for me", revoke the session token after a
// confirmation, delete the workload (type-to-confirm). The publisher's list holds only their own
// workloads and another's page is a 404. Canary: no token reaches a later page, any response body
// the browser received, the server log or the audit table.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { E2E_SERVER_LOG } from "../playwright.config";
import { tableText } from "./support/database";
import { signIn, unique } from "./support/helpers";
import { as } from "./support/posit-client";
import { roleKeys } from "./support/roles";

test.describe.configure({ timeout: 180_000 });

const TEXT_BODY = /json|text|javascript|x-component|xml|html/i;

/** Every text response body the page receives (call the result to read them). */
function captureResponseBodies(page: Page): () => Promise<string[]> {
  const bodies: Promise<string | null>[] = [];
  page.on("response", (response) => {
    if (!TEXT_BODY.test(response.headers()["content-type"] ?? "")) return;
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000));
    bodies.push(Promise.race([response.text().catch(() => null), timeout]));
  });
  return async () => (await Promise.all(bodies)).filter((body): body is string => body !== null);
}

test("a publisher creates a workload, a session token shown once, an association, revokes and deletes; sees only their own", async ({ page, request }) => {
  const keys = roleKeys();
  const integrationName = unique("Workload visitor");
  const integration = await request.post("/__api__/v1/oauth/integrations", { headers: as(keys.admin), data: { name: integrationName, template: "connect", config: { max_role: "Viewer" } } });
  expect(integration.status()).toBe(200);
  const adminsName = unique("admins-workload").toLowerCase();
  const adminsWorkload = (await (await request.post("/__api__/v1/content", { headers: as(keys.admin), data: { name: adminsName } })).json()) as { guid: string };

  const bodies = captureResponseBodies(page);
  await signIn(page, keys.publisherEmail, keys.password);
  await expect(page.getByRole("navigation", { name: "Main" }).first()).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Workloads" }).click();
  await expect(page).toHaveURL(/\/workloads$/);

  // Create.
  const name = unique("etl").toLowerCase();
  await page.getByRole("link", { name: "New workload" }).click();
  await page.getByRole("textbox", { name: "Name" }).fill(name);
  await page.getByRole("textbox", { name: "Title" }).fill("Nightly ETL");
  await page.getByRole("button", { name: "Create workload" }).click();
  await expect(page.getByTestId("workload-header")).toContainText(name);
  const guid = /\/workloads\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
  expect(guid).toBeTruthy();
  await expect(page.getByTestId("how-to-call")).toContainText("CONNECT_CONTENT_SESSION_TOKEN_FILE");
  await expect(page.getByTestId("how-to-call")).toContainText(guid!);
  await expect(page.getByTestId("last-exchanges-card")).toContainText("No exchanges yet");

  // A session token: shown once, with the lines to use it.
  await page.getByRole("button", { name: "Create session token" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Create token" }).click();
  const shown = dialog.getByTestId("shown-once-token");
  await expect(shown).toHaveValue(/^cst_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
  const token = await shown.inputValue();
  await expect(dialog.getByTestId("token-lines")).toContainText("CONNECT_CONTENT_SESSION_TOKEN_FILE");
  await expect(dialog.getByTestId("token-lines")).toContainText("CONNECT_CONTENT_SESSION_TOKEN=");
  await dialog.getByRole("button", { name: "Done" }).click();
  const prefix = token.slice(0, 12);
  await expect(page.getByTestId("session-tokens")).toContainText(`${prefix}…`);
  await page.reload();
  await expect(page.getByTestId("session-tokens")).toContainText(prefix);
  expect(await page.content()).not.toContain(token);

  // Associate the integration, found by name.
  await page.getByLabel("Add an integration").fill(integrationName);
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByTestId("integration-choices").getByRole("button", { name: `Add ${integrationName}` }).click();
  await expect(page.getByTestId("workload-associations")).toContainText(integrationName);
  const associations = await request.get(`/__api__/v1/content/${guid}/oauth/integrations/associations`, { headers: as(keys.publisher) });
  expect(((await associations.json()) as { oauth_integration_name: string }[]).map((a) => a.oauth_integration_name)).toEqual([integrationName]);

  // Session token for me: shown once with its expiry.
  await page.getByRole("button", { name: "Session token for me" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("dialog").getByTestId("shown-once-token")).toHaveValue(/^ey/);
  await expect(page.getByRole("dialog")).toContainText(/Expires in \d+ minutes/);
  const userToken = await page.getByRole("dialog").getByTestId("shown-once-token").inputValue();
  await page.getByRole("dialog").getByRole("button", { name: "Done" }).click();

  // Revoke, after a confirmation.
  await page.getByRole("button", { name: `Revoke ${prefix}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByText(`Revoked ${prefix}…`)).toBeVisible();
  await expect(page.getByTestId("session-tokens")).toHaveCount(0);

  // Only their own in the list; another's page is a 404.
  await page.goto("/workloads");
  await expect(page.getByTestId("workloads-table")).toContainText(name);
  await expect(page.getByTestId("workloads-table")).not.toContainText(adminsName);
  await page.goto(`/workloads/${adminsWorkload.guid}`);
  await expect(page.locator("#main").getByTestId("not-found")).toBeVisible();

  // Delete, typing the name.
  await page.goto(`/workloads/${guid}`);
  await page.getByRole("button", { name: "Delete" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText(integrationName);
  const deleteButton = confirm.getByRole("button", { name: "Delete workload" });
  await expect(deleteButton).toBeDisabled();
  await confirm.getByLabel(`Type ${name} to confirm`).fill(name);
  await deleteButton.click();
  await page.waitForURL(/\/workloads$/);
  expect((await request.get(`/__api__/v1/content/${guid}`, { headers: as(keys.publisher) })).status()).toBe(404);

  // Canary: the tokens were at most in their own action responses (a streamed action response may
  // not be readable from the page), never in a page, the log or the audit.
  const received = await bodies();
  for (const secret of [token, userToken]) {
    expect(received.filter((b) => b.includes(secret)).length, "responses holding the token").toBeLessThanOrEqual(1);
    expect(readFileSync(E2E_SERVER_LOG, "utf8")).not.toContain(secret);
    expect(await tableText("audit_events")).not.toContain(secret);
  }
});
