// The keyboard alone: create, edit, replace a secret and delete an integration, and the ⌘K
// palette (Ctrl+K here). No mouse: focus moves with Tab, controls act on Enter/Space.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openPalette, signInAsAdmin, unique } from "./support/helpers";
import { roleKeys } from "./support/roles";

// Long browser journeys on a shared, loaded machine: each test gets 3 minutes.
test.describe.configure({ timeout: 180_000 });

/** Presses Tab until `target` has focus (a mouse-free "click into"). */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

test("create, edit, replace a secret and delete an integration with the keyboard only", async ({ page }) => {
  const name = unique("Keyboard");
  const secret = unique("kb-secret");
  await signInAsAdmin(page);
  await page.goto("/integrations/new?template=azure");
  const main = page.locator("#main");

  await tabTo(page, main.getByRole("textbox", { name: "Name", exact: true }));
  await page.keyboard.type(name);
  await tabTo(page, main.getByLabel("Tenant ID"));
  await page.keyboard.type("a0b52758-d0b5-4b27-a6c0-13ca07eabdd7");
  await tabTo(page, main.getByLabel("Client ID"));
  await page.keyboard.type("23a0078b-cd0d-489f-8e00-e5116c71db9b");
  await tabTo(page, main.getByLabel("Client Secret"));
  await page.keyboard.type(secret);
  await tabTo(page, main.getByLabel("Scopes"));
  await page.keyboard.type("api://kb/.default");
  await tabTo(page, main.getByRole("button", { name: "Create integration" }));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/integrations\/[0-9a-f-]{36}$/);
  const detailUrl = page.url();
  // Focus lands on the new page's heading.
  await expect(main.getByRole("heading", { level: 1 })).toBeFocused();

  // Edit: the description, and the secret replaced inside the same form.
  await tabTo(page, main.getByRole("link", { name: "Edit", exact: true }));
  await page.keyboard.press("Enter");
  await page.waitForURL(`${detailUrl}/edit`);
  await tabTo(page, main.getByLabel("Description", { exact: true }));
  await page.keyboard.type("typed with keys");
  await tabTo(page, main.getByRole("button", { name: "Replace Client Secret" }));
  await page.keyboard.press("Enter");
  await expect(main.getByLabel("Client Secret")).toBeFocused();
  await page.keyboard.type(unique("kb-second"));
  await tabTo(page, main.getByRole("button", { name: "Save changes" }));
  await page.keyboard.press("Enter");
  await page.waitForURL(detailUrl);
  await expect(page.getByTestId("integration-header")).toContainText("typed with keys");
  await expect(page.getByTestId("integration-audit-events")).toContainText("Client Secret: replaced");

  // Delete: the dialog opens on the text box it needs; Enter deletes; focus goes to the list's heading.
  await tabTo(page, main.getByRole("button", { name: "Delete", exact: true }));
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("alertdialog");
  await expect(confirm.getByRole("textbox")).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/integrations$/);
  await expect(main.getByRole("heading", { level: 1, name: "Integrations" })).toBeFocused();
  await expect(page.getByTestId("integrations-table").getByRole("link", { name })).toHaveCount(0);
});

test("the command palette goes to pages and finds integrations and users, keyboard only", async ({ page, request }) => {
  const name = unique("Palette target");
  const created = await request.post("/__api__/v1/oauth/integrations", {
    headers: { Authorization: `Key ${roleKeys().admin}` },
    data: { name, template: "connect", config: { max_role: "Viewer" } },
  });
  const { guid } = await created.json();
  await signInAsAdmin(page);
  await page.goto("/api-keys");

  const palette = await openPalette(page);
  await page.keyboard.type("audit");
  await expect(palette.getByRole("option", { name: "Audit log" })).toBeVisible();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/audit$/);
  await expect(palette).toBeHidden();

  await openPalette(page);
  await page.keyboard.type(name);
  await expect(palette.getByRole("option", { name: new RegExp(name) })).toBeVisible();
  await page.keyboard.press("Enter");
  await page.waitForURL(`**/integrations/${guid}`);
  await expect(page.getByTestId("integration-header")).toContainText(name);

  // Users by email; Escape closes without going anywhere.
  await openPalette(page);
  await page.keyboard.type(roleKeys().publisherEmail.slice(0, 12));
  await expect(palette.getByRole("option", { name: new RegExp(roleKeys().publisherEmail) })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/integrations/${guid}$`));
});
