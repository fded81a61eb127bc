// The Users, API keys and Audit log pages in Chromium: inline field errors from the server,
// confirmations before locking or revoking, a stale role change shown as a conflict, the new key
// shown once, and audit filters that live in the URL and survive malformed parameters.
import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "../playwright.config";
import { signIn, signInAsAdmin, unique } from "./support/helpers";
import { roleKeys } from "./support/roles";

// Long browser journeys on a shared, loaded machine: each test gets 3 minutes.
test.describe.configure({ timeout: 180_000 });

test("users: field errors inline, lock asks first, a stale role change is a conflict", async ({ page }) => {
  const email = `${unique("member")}@example.com`;
  await signInAsAdmin(page);
  await page.goto("/users");

  const dialog = page.getByRole("dialog");
  await page.getByRole("button", { name: "New user" }).click();
  await dialog.getByLabel("Email").fill(E2E_ADMIN.email);
  await dialog.getByLabel("Initial password").fill("short");
  await dialog.getByRole("button", { name: "Create user" }).click();
  await expect(dialog.getByText("Password must be at least 12 characters")).toBeVisible(); // checked in the browser
  await dialog.getByLabel("Initial password").fill("long-enough-password");
  await dialog.getByRole("button", { name: "Create user" }).click();
  await expect(dialog.getByText("Already a member of this organisation")).toBeVisible(); // from the server, under its field
  await expect(dialog.getByLabel("Email")).toBeFocused();
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByRole("button", { name: "Create user" }).click();
  await expect(dialog).toBeHidden();
  // Found by the list's search (other specs' users may fill the first page).
  const search = page.locator("#main").getByRole("searchbox", { name: "Search" });
  await search.fill(email);
  await search.press("Enter");
  await expect(page).toHaveURL(/[?&]q=/);
  const row = page.getByTestId("users-table").getByRole("row", { name: new RegExp(email) });
  await expect(row).toContainText("Active");

  // Locking asks first; Escape cancels, and the keyboard alone gets through it.
  await row.getByRole("button", { name: `Lock ${email}` }).focus();
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText(`Lock ${email}?`);
  await page.keyboard.press("Escape");
  await expect(confirm).toBeHidden();
  await expect(row).toContainText("Active");
  await row.getByRole("button", { name: `Lock ${email}` }).click();
  await confirm.getByRole("button", { name: "Lock user" }).click();
  await expect(row).toContainText("Locked");
  await row.getByRole("button", { name: `Unlock ${email}` }).click();
  await confirm.getByRole("button", { name: "Unlock user" }).click();
  await expect(row).toContainText("Active");

  // A second tab loaded the list before the first one changed the role.
  const stale = await page.context().newPage();
  await stale.goto(page.url());
  await row.getByRole("combobox", { name: `Role of ${email}` }).click();
  await page.getByRole("option", { name: "publisher" }).click();
  // A role change asks first; Cancel keeps the role.
  await expect(page.getByRole("alertdialog")).toContainText(`Make ${email} publisher?`);
  await page.getByRole("alertdialog").getByRole("button", { name: "Change role" }).click();
  await expect(page.getByText(`${email} is now publisher`)).toBeVisible();
  await stale.getByRole("combobox", { name: `Role of ${email}` }).click();
  await stale.getByRole("option", { name: "admin" }).click();
  await stale.getByRole("alertdialog").getByRole("button", { name: "Change role" }).click();
  await expect(stale.getByText("Not saved: someone else changed this user first")).toBeVisible();
  await expect(stale.getByRole("combobox", { name: `Role of ${email}` })).toHaveText("publisher");
});

test("API keys: expiry is checked inline, the key is shown once, revoking names the key and asks first", async ({ page }) => {
  const name = unique("expiring key");
  await signInAsAdmin(page);
  await page.goto("/api-keys");
  const dialog = page.getByRole("dialog");
  await page.getByRole("button", { name: "Create API key" }).click();
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Expires in (days)").fill("0");
  await dialog.getByRole("button", { name: "Create" }).click();
  await expect(dialog.getByText("At least 1 day")).toBeVisible();
  await dialog.getByLabel("Expires in (days)").fill("30");
  await dialog.getByRole("button", { name: "Create" }).click();
  const key = await dialog.getByTestId("new-api-key").inputValue();
  expect(key).toMatch(/^ic_/);
  await expect(dialog).toContainText("You won't see it again");
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();
  expect(await page.content()).not.toContain(key);

  const row = page.getByTestId("api-keys-table").getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(key.slice(0, 11));
  await expect(row).toContainText("active");
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText(`Revoke “${name}”?`);
  await confirm.getByRole("button", { name: "Revoke key" }).click();
  await expect(confirm).toBeHidden();
  // Revoked keys leave the default view and stay one filter away.
  await expect(row).toHaveCount(0);
  await page.getByRole("combobox", { name: "Status" }).click();
  await page.getByRole("option", { name: /^Revoked/ }).click();
  await expect(page).toHaveURL(/status=revoked/);
  await expect(row).toContainText("revoked");
  await expect(row.getByRole("button", { name: `Revoke ${name}` })).toHaveCount(0);
});

test("audit log: filters live in the URL, details expand, bad parameters are ignored, a refusal is listed", async ({ page, browser }) => {
  const { publisherEmail, password } = roleKeys();
  const publisher = await (await browser.newContext()).newPage();
  await signIn(publisher, publisherEmail, password);
  await expect(publisher.getByRole("navigation", { name: "Main" }).first()).toBeVisible();
  await publisher.goto("/audit");
  await expect(publisher.locator("#main").getByTestId("forbidden")).toBeVisible();
  await expect(publisher.getByTestId("audit-table")).toHaveCount(0);

  await signInAsAdmin(page);
  await page.goto("/audit");
  const filters = page.getByRole("search", { name: "Filter audit events" });
  await filters.getByLabel("Actor").fill(publisherEmail);
  await filters.getByLabel("Action").fill("audit.*");
  await filters.getByRole("combobox", { name: "Outcome" }).click();
  await page.getByRole("option", { name: "denied" }).click();
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/\/audit\?actor=[^&]+&action=audit\.\*&outcome=denied$/);
  const table = page.getByTestId("audit-table");
  await expect(table.getByRole("row").nth(1)).toContainText("audit.read");
  await expect(table).toContainText(publisherEmail);

  await table.getByRole("button", { name: /^Show details of audit\.read/ }).first().click();
  await expect(table).toContainText("role publisher lacks audit.read");

  // Reloading keeps the filters; Clear drops them.
  await page.reload();
  await expect(filters.getByLabel("Action")).toHaveValue("audit.*");
  await filters.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL(/\/audit$/);

  await page.goto("/audit?outcome=sometimes&from=yesterday&before=DROP%20TABLE&after=-1");
  await expect(page.locator("#main").getByTestId("audit-table")).toBeVisible();
  await page.goto(`/audit?actor=${unique("nobody")}`);
  await expect(page.getByText("No events match these filters")).toBeVisible();
});
