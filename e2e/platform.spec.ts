// The platform end to end: sign-in, roles, API keys shown once and usable against the Posit
// dialect, refusals for lower roles, and the login throttle.
import { expect, test } from "@playwright/test";
import { signIn, signInAsAdmin, signOut, unique } from "./support/helpers";

test("admin creates a publisher and an API key; the publisher is refused the Users page", async ({ page, request }) => {
  const publisher = { email: `${unique("pub")}@example.com`, password: "publisher-password-1" };

  await signInAsAdmin(page);
  await page.getByRole("link", { name: "Users" }).first().click();
  await expect(page.locator("#main").getByTestId("users-table")).toBeVisible();
  await page.getByRole("button", { name: "New user" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Email").fill(publisher.email);
  await dialog.getByLabel("Initial password").fill(publisher.password);
  await dialog.getByRole("combobox", { name: "Role" }).click();
  await page.getByRole("option", { name: "publisher" }).click();
  await dialog.getByRole("button", { name: "Create user" }).click();
  await expect(dialog).toBeHidden();
  // Found by the list's search (other specs' users may fill the first page).
  const search = page.locator("#main").getByRole("searchbox", { name: "Search" });
  await search.fill(publisher.email);
  await search.press("Enter");
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByTestId("users-table").getByRole("row", { name: new RegExp(publisher.email) })).toBeVisible();

  // API key: shown once, works against Posit's current-user endpoint, gone after a reload.
  await page.getByRole("link", { name: "API keys" }).first().click();
  await page.getByRole("button", { name: "Create API key" }).click();
  await page.getByRole("dialog").getByLabel("Name").fill("e2e key");
  await page.getByRole("dialog").getByRole("button", { name: "Create" }).click();
  const keyField = page.getByTestId("new-api-key");
  await expect(keyField).toHaveValue(/^ic_/);
  const key = await keyField.inputValue();
  const me = await request.get("/__api__/v1/user", { headers: { Authorization: `Key ${key}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email: "e2e-admin@example.com", user_role: "administrator" });
  await page.keyboard.press("Escape");
  await page.reload();
  await expect(page.getByTestId("api-keys-table")).toContainText("e2e key");
  expect(await page.content()).not.toContain(key);

  const bad = await request.get("/__api__/v1/user", { headers: { Authorization: "Key ic_notakey_x" } });
  expect(bad.status()).toBe(401);
  expect(await bad.json()).toMatchObject({ code: expect.any(Number), error: expect.any(String), payload: null });

  await signOut(page);
  await signIn(page, publisher.email, publisher.password);
  // A password an admin set: the publisher chooses their own before anything else.
  await expect(page).toHaveURL(/\/change-password/);
  await page.goto("/users");
  await expect(page).toHaveURL(/\/change-password/);
  await page.getByLabel("Current password").fill(publisher.password);
  await page.getByLabel("New password", { exact: true }).fill("publishers-own-password-1");
  await page.getByLabel("New password again").fill("publishers-own-password-1");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).not.toHaveURL(/\/change-password/);
  await expect(page.getByTestId("current-role").or(page.getByRole("navigation", { name: "Main" })).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
  await page.goto("/users");
  await expect(page.locator("#main").getByTestId("forbidden")).toBeVisible();
  await expect(page.getByTestId("users-table")).toHaveCount(0);
});

test("a wrong password is refused, and the throttle engages after 10 failures", async ({ page }) => {
  // A wrong password for a real account reads exactly like an unknown account.
  await signIn(page, "e2e-admin@example.com", "not-the-admin-password");
  await expect(page.getByTestId("login-error")).toHaveText("Incorrect email or password.");

  const email = `${unique("nobody")}@example.com`;
  for (let attempt = 1; attempt <= 10; attempt++) {
    await signIn(page, email, `wrong-password-${attempt}`);
    await expect(page.getByTestId("login-error")).toHaveText("Incorrect email or password.");
  }
  await signIn(page, email, "wrong-password-11");
  await expect(page.getByTestId("login-error")).toContainText("Too many failed sign-in attempts");
});
