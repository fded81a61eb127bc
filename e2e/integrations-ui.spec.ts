// The integration pages in Chromium: an admin creates, edits and re-keys an Azure integration
// through the forms; a publisher reads it and no secret reaches that page, any response body
// either browser received, the server log or the audit table; a viewer is refused; a stale edit
// shows a conflict instead of overwriting; verify and delete work from the detail page.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { E2E_BASE_URL, E2E_SERVER_LOG } from "../playwright.config";
import { tableText } from "./support/database";
import { signIn, signInAsAdmin, unique } from "./support/helpers";
import { roleKeys } from "./support/roles";

// Long browser journeys on a shared, loaded machine: each test gets 3 minutes.
test.describe.configure({ timeout: 180_000 });

const TEXT_BODY = /json|text|javascript|x-component|xml/i;

/** Records every text response body the page receives; call the result to get them all. */
function captureResponseBodies(page: Page): () => Promise<string[]> {
  const bodies: Promise<string | null>[] = [];
  page.on("response", (response) => {
    if (!TEXT_BODY.test(response.headers()["content-type"] ?? "")) return;
    // Redirects and aborted navigations have no body to read; a stuck stream must not hang the test.
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000));
    bodies.push(Promise.race([response.text().catch(() => null), timeout]));
  });
  return async () => (await Promise.all(bodies)).filter((body): body is string => body !== null);
}

function expectNoCanary(haystacks: string[], canaries: string[], where: string) {
  for (const canary of canaries) {
    const hits = haystacks.filter((text) => text.includes(canary)).length;
    expect(hits, `${canary} found in ${hits} ${where}`).toBe(0);
  }
}

async function signInAs(page: Page, email: string, password: string) {
  await signIn(page, email, password);
  await expect(page.getByRole("button", { name: "User menu" })).toBeVisible();
}

test("admin creates, edits and re-keys an integration; a publisher sees no secret; a viewer is refused", async ({ page, browser }) => {
  const name = unique("Azure e2e");
  const firstSecret = unique("canary-first");
  const secondSecret = unique("canary-second");
  const canaries = [firstSecret, secondSecret];
  const adminBodies = captureResponseBodies(page);

  // Create: step 1 picks the template, step 2 is the form generated from it.
  await signInAsAdmin(page);
  await page.goto("/integrations");
  await page.getByRole("link", { name: "New integration" }).first().click();
  // Scoped to the picker: until the navigation lands, the list behind it may hold integrations named "Azure".
  await page.getByTestId("template-picker").getByRole("link", { name: "Azure", exact: true }).click();
  await expect(page).toHaveURL(/\/integrations\/new\?template=azure$/);
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByLabel("Description", { exact: true }).fill("Created in the browser");
  await expect(page.getByRole("combobox", { name: "Authentication Type" })).toHaveText(/Viewer/);
  // The registry's regex runs in the browser too, with the server's message.
  await page.getByLabel("Tenant ID").fill("not a tenant");
  await page.getByRole("button", { name: "Create integration" }).click();
  // Messages name fields by their labels, never by config keys.
  await expect(page.getByText(/^Tenant ID must be a directory \(tenant\) ID/)).toBeVisible();
  await expect(page.getByText("Client Secret is required")).toBeVisible();
  await expect(page.getByText(/config key/)).toHaveCount(0);
  await page.getByLabel("Tenant ID").fill("a0b52758-d0b5-4b27-a6c0-13ca07eabdd7");
  await page.getByLabel("Client ID").fill("23a0078b-cd0d-489f-8e00-e5116c71db9b");
  await expect(page.getByLabel("Client Secret")).toHaveAttribute("type", "password");
  await page.getByLabel("Client Secret").fill(firstSecret);
  await page.getByLabel("Scopes").fill("api://e2e/.default offline_access");
  await page.getByRole("button", { name: "Create integration" }).click();
  await page.waitForURL(/\/integrations\/[0-9a-f-]{36}$/);
  const detailUrl = page.url();
  const guid = detailUrl.split("/").pop()!;
  await expect(page.locator("#main").getByTestId("integration-detail")).toBeVisible();
  await expect(page.getByTestId("secret-status-client_secret")).toContainText(/set · changed/);
  await expect(page.getByTestId("config-tenant_id")).toContainText("a0b52758-d0b5-4b27-a6c0-13ca07eabdd7");

  // The list finds it by name, and the search is in the URL.
  await page.goto("/integrations");
  await page.getByLabel("Search").fill(name);
  await page.getByLabel("Search").press("Enter");
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByTestId("integrations-table").getByRole("link", { name })).toBeVisible();

  // Edit the description: a stored secret shows its status only, and is kept.
  await page.goto(`${detailUrl}/edit`);
  await expect(page.getByRole("group", { name: "Client Secret" })).toContainText("Kept unless you replace it");
  await expect(page.locator("#main input[type=password]")).toHaveCount(0);
  await page.getByLabel("Description", { exact: true }).fill("Edited in the browser");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(detailUrl);
  await expect(page.getByTestId("integration-header")).toContainText("Edited in the browser");
  await expect(page.getByTestId("secret-status-client_secret")).toContainText(/set · changed/);

  // Replace the secret inside the same form: nothing is saved until the form is.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await page.getByRole("button", { name: "Replace Client Secret" }).click();
  await expect(page.getByLabel("Client Secret")).toBeFocused();
  await expect(page.getByLabel("Client Secret")).toHaveValue("");
  await page.getByLabel("Client Secret").fill(secondSecret);
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(detailUrl);
  await expect(page.getByTestId("edit-conflict")).toHaveCount(0);
  await expect(page.getByTestId("integration-audit-events")).toContainText("Client Secret: replaced");
  expectNoCanary([await page.content()], canaries, "admin page");

  // Publisher: read-only, and no secret anywhere in what the browser receives.
  const { publisherEmail, viewerEmail, password } = roleKeys();
  const publisherContext = await browser.newContext({ baseURL: E2E_BASE_URL });
  const publisher = await publisherContext.newPage();
  const publisherBodies = captureResponseBodies(publisher);
  await signInAs(publisher, publisherEmail, password);
  await publisher.goto("/integrations");
  await expect(publisher.locator("#main").getByTestId("integrations-table")).toBeVisible();
  await expect(publisher.getByRole("link", { name: "New integration" })).toHaveCount(0);
  await publisher.goto(detailUrl);
  await expect(publisher.locator("#main").getByTestId("integration-detail")).toBeVisible();
  await expect(publisher.getByTestId("integration-header")).toContainText("Edited in the browser");
  await expect(publisher.getByTestId("secret-status-client_secret")).toContainText(/set · changed/);
  await expect(publisher.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  await expect(publisher.getByRole("button", { name: /^(Verify|Delete)$/ })).toHaveCount(0);
  await expect(publisher.getByTestId("integration-audit-events")).not.toContainText("replaced");
  const publisherPage = await publisher.content();
  await publisher.goto(`${detailUrl}/edit`);
  await expect(publisher.locator("#main").getByTestId("forbidden")).toBeVisible();
  expectNoCanary([publisherPage, await publisher.content()], canaries, "publisher page");
  await publisherContext.close();

  // Viewer: no section, and the pages refuse.
  const viewerContext = await browser.newContext({ baseURL: E2E_BASE_URL });
  const viewer = await viewerContext.newPage();
  await signInAs(viewer, viewerEmail, password);
  await expect(viewer.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Integrations" })).toHaveCount(0);
  for (const url of ["/integrations", detailUrl, "/integrations/new"]) {
    await viewer.goto(url);
    await expect(viewer.locator("#main").getByTestId("forbidden")).toBeVisible();
    await expect(viewer.getByTestId("integration-detail")).toHaveCount(0);
  }
  await viewerContext.close();

  // The captures really hold the pages' payloads (HTML, RSC, action results), or the check is empty.
  const [publisherSaw, adminSaw] = [await publisherBodies(), await adminBodies()];
  expect(publisherSaw.some((body) => body.includes("Edited in the browser"))).toBe(true);
  expect(adminSaw.filter((body) => body.includes(guid)).length).toBeGreaterThan(3);
  expectNoCanary(publisherSaw, canaries, "publisher response bodies");
  expectNoCanary(adminSaw, canaries, "admin response bodies");
  expectNoCanary([readFileSync(E2E_SERVER_LOG, "utf8")], canaries, "server log");
  expectNoCanary([await tableText("audit_events"), await tableText("integrations")], canaries, "database rows");
});

test("a stale edit shows a conflict and keeps the first save; verify and delete from the detail page", async ({ page, context, request }) => {
  const admin = { Authorization: `Key ${roleKeys().admin}` };
  const name = unique("conflict");
  // A Service Account whose token endpoint is this console's health route: verify gets a real,
  // deterministic refusal (HTTP 405) without leaving the machine.
  const response = await request.post("/__api__/v1/oauth/integrations", {
    headers: admin,
    data: {
      name,
      description: "original",
      template: "custom",
      config: { auth_type: "Service Account", token_uri: `${E2E_BASE_URL}/api/health`, client_id: "e2e-client", client_secret: unique("secret") },
    },
  });
  expect(response.status(), await response.text()).toBe(200);
  const { guid } = await response.json();
  const content = await (await request.post("/__api__/v1/content", { headers: admin, data: { name: unique("report") } })).json();
  const associated = await request.put(`/__api__/v1/content/${content.guid}/oauth/integrations/associations`, { headers: admin, data: [{ oauth_integration_guid: guid }] });
  expect(associated.ok()).toBe(true);

  await signInAsAdmin(page);
  const second = await context.newPage();
  await page.goto(`/integrations/${guid}/edit`);
  await second.goto(`/integrations/${guid}/edit`);
  await expect(second.getByLabel("Description", { exact: true })).toHaveValue("original");

  await page.getByLabel("Description", { exact: true }).fill("saved first");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(`**/integrations/${guid}`);

  await second.getByLabel("Description", { exact: true }).fill("saved second");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByTestId("edit-conflict")).toContainText("Someone else saved this integration since you opened it");
  await expect(second.getByRole("button", { name: "Save changes" })).toBeDisabled();
  await second.getByTestId("edit-conflict").getByRole("button", { name: "Reload" }).click();
  await expect(second.getByLabel("Description", { exact: true })).toHaveValue("saved first");
  await expect(second.getByTestId("edit-conflict")).toHaveCount(0);
  await second.close();

  await page.reload();
  await expect(page.getByTestId("integration-header")).toContainText("saved first");
  await expect(page.getByText("saved second")).toHaveCount(0);

  // Verify: the provider's answer, inline.
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("verify-result")).toHaveAttribute("data-outcome", "refused");
  await expect(page.getByTestId("verify-result")).toContainText("HTTP 405");

  // Delete: names what uses it and wants the integration's name first.
  await page.getByRole("button", { name: "Delete" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText(content.name);
  const deleteButton = confirm.getByRole("button", { name: "Delete integration" });
  await expect(deleteButton).toBeDisabled();
  await confirm.getByLabel(`Type ${name} to confirm`).fill(`${name}x`);
  await expect(deleteButton).toBeDisabled();
  await confirm.getByLabel(`Type ${name} to confirm`).fill(name);
  await deleteButton.click();
  await page.waitForURL(/\/integrations$/);
  await expect(page.getByText(`Deleted ${name}`)).toBeVisible();
  expect((await request.get(`/__api__/v1/oauth/integrations/${guid}`, { headers: admin })).status()).toBe(404);
  await page.goto(`/integrations/${guid}`);
  await expect(page.locator("#main").getByTestId("integration-not-found")).toBeVisible();
});

test("unsaved changes: the browser's Back asks first; staying keeps the edit, leaving goes back", async ({ page, request }) => {
  const created = await request.post("/__api__/v1/oauth/integrations", {
    headers: { Authorization: `Key ${roleKeys().admin}` },
    data: { name: unique("Back guard"), template: "connect", config: { max_role: "Viewer" } },
  });
  const { guid } = await created.json();
  await signInAsAdmin(page);
  await page.goto(`/integrations/${guid}`);
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page).toHaveURL(new RegExp(`/integrations/${guid}/edit$`));
  const description = page.getByLabel("Description", { exact: true });
  await description.fill("Changed but not saved");

  const dialogs: string[] = [];
  page.once("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goBack();
  await expect.poll(() => dialogs.length).toBe(1);
  expect(dialogs[0]).toMatch(/unsaved changes/i);
  await expect(page).toHaveURL(new RegExp(`/integrations/${guid}/edit$`));
  await expect(description).toHaveValue("Changed but not saved");

  page.once("dialog", (dialog) => void dialog.accept());
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/integrations/${guid}$`));
  await expect(page.getByTestId("integration-detail")).toBeVisible();
});
