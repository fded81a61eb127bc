import { expect, type Page } from "@playwright/test";
import { E2E_ADMIN } from "../../playwright.config";

export const unique = (label: string) => `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInAsAdmin(page: Page) {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await expect(page.getByRole("navigation", { name: "Main" }).first()).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "User menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/**
 * Opens the ⌘K palette and waits until its search box has focus. Ctrl+K is heard once the shell
 * has hydrated and the palette's code loads on first open, so a press can come too early: press
 * again until the box has focus, and only then type.
 */
export async function openPalette(page: Page) {
  const palette = page.getByTestId("command-palette");
  await expect(async () => {
    if (!(await palette.isVisible())) await page.keyboard.press("Control+k");
    await expect(palette.getByRole("combobox")).toBeFocused({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  return palette;
}
