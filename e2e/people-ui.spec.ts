// The Users and Groups pages in Chromium (the people behind "who can use it"): usernames, lock/unlock with a
// confirmation (a locked user cannot sign in), groups made, filled in the order members are added,
// emptied and deleted — with the keyboard alone — and a group that is an integration's only
// "who can use it" entry refused deletion, with the reason shown in the dialog.
import { expect, test, type Page } from "@playwright/test";
import { E2E_ADMIN } from "../playwright.config";
import { consoleCli } from "./support/cli";
import { openPalette, signIn, signInAsAdmin, unique } from "./support/helpers";
import { roleKeys } from "./support/roles";

test.describe.configure({ timeout: 180_000 });

const PASSWORD = "people-ui-password-1";

/** A viewer of the default organisation, made through the admin CLI; its username is the email's local part. */
function createMember(label: string) {
  const username = unique(label);
  const email = `${username}@example.com`;
  consoleCli(["user", "create", "--email", email, "--role", "viewer", "--password", PASSWORD]);
  return { email, username };
}

const main = (page: Page) => page.locator("#main");

test("users: usernames are shown and searchable; lock asks first, a locked user cannot sign in, unlock lets them back — by keyboard", async ({ page, browser }) => {
  const member = createMember("lockable");
  await signInAsAdmin(page);
  await page.goto(`/users?q=${member.username}`);
  const table = page.getByTestId("users-table");
  await expect(table.getByRole("columnheader", { name: "Username" })).toBeVisible();
  const row = table.getByRole("row", { name: new RegExp(member.email) });
  await expect(row.locator("code")).toHaveText(member.username);
  await expect(row).toContainText("Active");

  // Admins cannot lock themselves out from here.
  await page.goto(`/users?q=${encodeURIComponent(E2E_ADMIN.email)}`);
  await expect(table.getByRole("button", { name: `Lock ${E2E_ADMIN.email}` })).toBeDisabled();
  await page.goto(`/users?q=${member.username}`);

  // Keyboard only: Enter opens the confirmation, Escape cancels and changes nothing.
  await row.getByRole("button", { name: `Lock ${member.email}` }).focus();
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText(`Lock ${member.email}?`);
  await expect(confirm).toContainText("can no longer sign in");
  await page.keyboard.press("Escape");
  await expect(confirm).toBeHidden();
  await expect(row).toContainText("Active");

  await row.getByRole("button", { name: `Lock ${member.email}` }).focus();
  await page.keyboard.press("Enter");
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(confirm.getByRole("button", { name: "Lock user" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(confirm).toBeHidden();
  await expect(row).toContainText("Locked");
  await expect(row.getByRole("button", { name: `Unlock ${member.email}` })).toBeVisible();

  // The Locked filter finds them; the lock is the same audited event Posit's API writes.
  await page.goto(`/users?status=disabled&q=${member.username}`);
  await expect(row).toContainText("Locked");
  await page.goto(`/audit?action=user.lock`);
  await expect(page.getByTestId("audit-table")).toContainText("user.lock");

  // A locked user cannot sign in.
  const outsider = await (await browser.newContext()).newPage();
  await signIn(outsider, member.email, PASSWORD);
  await expect(outsider.getByText("Incorrect email or password.")).toBeVisible();

  await page.goto(`/users?q=${member.username}`);
  await row.getByRole("button", { name: `Unlock ${member.email}` }).click();
  await expect(confirm).toContainText(`Unlock ${member.email}?`);
  await confirm.getByRole("button", { name: "Unlock user" }).click();
  await expect(row).toContainText("Active");
  await signIn(outsider, member.email, PASSWORD);
  await expect(outsider.getByRole("navigation", { name: "Main" }).first()).toBeVisible();
});

test("groups: made, filled by email and username in the order added, emptied and deleted — keyboard only", async ({ page }) => {
  const first = createMember("grp-first");
  const second = createMember("grp-second");
  const name = unique("Analysts");
  await signInAsAdmin(page);

  // The sidebar leads there.
  await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Groups" }).click();
  await expect(page).toHaveURL(/\/groups$/);
  await expect(main(page).getByRole("heading", { level: 1, name: "Groups" })).toBeVisible();

  await page.getByRole("button", { name: "New group" }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByLabel("Name")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog.getByText("Name is required")).toBeVisible();
  await page.keyboard.type(name);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/groups\/[0-9a-f-]{36}$/);
  await expect(main(page).getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${name} · Group`));
  const members = page.getByTestId("group-members-table");
  await expect(main(page).getByText("No members yet")).toBeVisible();

  // Add by username, then by email (any case); the list keeps the order they were added.
  const login = page.getByLabel("Add member");
  await login.focus();
  await page.keyboard.type(second.username);
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Added ${second.email} to ${name}`)).toBeVisible();
  await expect(login).toBeFocused();
  await page.keyboard.type(first.email.toUpperCase());
  await page.keyboard.press("Enter");
  await expect(members.getByRole("row")).toHaveCount(3);
  await expect(members.getByRole("row").nth(1)).toContainText(second.email);
  await expect(members.getByRole("row").nth(2)).toContainText(first.email);
  await expect(main(page).getByTestId("group-header")).toContainText("2 members");

  // Someone unknown, and someone already in: said under the field, which keeps focus.
  await login.fill("nobody-by-this-name");
  await page.keyboard.press("Enter");
  await expect(main(page).getByText("No one in this organisation has this email address or username")).toBeVisible();
  await expect(login).toBeFocused();
  await login.fill(second.email);
  await page.keyboard.press("Enter");
  await expect(main(page).getByText("Already a member of this group")).toBeVisible();

  // Remove asks first.
  await members.getByRole("button", { name: `Remove ${second.email}` }).focus();
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText(`Remove ${second.email} from ${name}?`);
  await page.keyboard.press("Tab");
  await expect(confirm.getByRole("button", { name: "Remove member" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(confirm).toBeHidden();
  await expect(members.getByRole("row")).toHaveCount(2);
  await expect(members).toContainText(first.email);
  await expect(members).not.toContainText(second.email);

  // The palette finds the group by name.
  await page.goto("/groups");
  const palette = await openPalette(page);
  await page.keyboard.type(name);
  await expect(palette.getByRole("option", { name: new RegExp(name) })).toBeVisible();
  await expect(palette.getByRole("option", { name: new RegExp(name) })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(main(page).getByRole("heading", { level: 1, name })).toBeVisible();

  // Delete: a confirmation that says nothing uses it, then back to the list without it.
  await main(page).getByRole("button", { name: "Delete" }).focus();
  await page.keyboard.press("Enter");
  await expect(confirm).toContainText(`Delete ${name}?`);
  await expect(confirm).toContainText("No integration names this group.");
  await confirm.getByRole("button", { name: "Delete group" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/groups$/);
  await expect(page.getByText(`Deleted ${name}`)).toBeVisible();
  await page.goto(`/groups?q=${encodeURIComponent(name)}`);
  await expect(main(page).getByText("No groups match")).toBeVisible();
});

test("groups: one that is an integration's only permission entry is not deleted, and the dialog says why; publishers cannot open Groups", async ({ page, request, browser }) => {
  const key = { Authorization: `Key ${roleKeys().admin}` };
  const group = await (await request.post("/__api__/v1/groups", { headers: key, data: { name: unique("Sole") } })).json();
  const integrationName = unique("Restricted to a group");
  const created = await request.post("/__api__/v1/oauth/integrations", {
    headers: key,
    data: { name: integrationName, template: "connect", config: { max_role: "Viewer" }, permissions: [{ group_guid: group.guid }] },
  });
  expect(created.status()).toBe(200);
  const integration = await created.json();

  await signInAsAdmin(page);
  await page.goto(`/groups/${group.guid}`);
  await expect(main(page).getByTestId("group-integrations")).toContainText(`${integrationName} — only this group`);
  await main(page).getByRole("button", { name: "Delete" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm.getByTestId("group-used-by")).toContainText("cannot be deleted until you add someone else there or remove it");
  await expect(confirm.getByTestId("group-used-by")).toContainText(integrationName);
  // The dialog says why; its button cannot be pressed (the server refuses too, as the API proofs show).
  await expect(confirm.getByRole("button", { name: "Delete group" })).toBeDisabled();
  await page.keyboard.press("Escape");
  await page.reload();
  await expect(main(page).getByRole("heading", { level: 1, name: group.name })).toBeVisible();
  const still = await request.get(`/__api__/v1/oauth/integrations/${integration.guid}`, { headers: key });
  expect((await still.json()).permissions).toHaveLength(1);

  // The list's bulk delete keeps it too and names it.
  await page.goto(`/groups?q=${encodeURIComponent(group.name)}`);
  await page.getByRole("checkbox", { name: `Select ${group.name}` }).check();
  await page.getByRole("button", { name: "Delete 1 selected" }).click();
  await confirm.getByRole("button", { name: "Delete 1 group" }).click();
  await expect(confirm.getByRole("alert")).toContainText("Deleted 0; not deleted");

  const publisher = await (await browser.newContext()).newPage();
  await signIn(publisher, roleKeys().publisherEmail, roleKeys().password);
  await expect(publisher.getByRole("navigation", { name: "Main" }).first()).toBeVisible();
  await expect(publisher.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Groups" })).toHaveCount(0);
  const response = await publisher.goto("/groups");
  expect(response?.status()).toBe(403);
  await expect(publisher.locator("#main").getByTestId("forbidden")).toBeVisible();
});
