// Two app instances on one database (as behind a load balancer): each caches API-key lookups, and
// a key revoked through one must stop working on both within a second (LISTEN/NOTIFY).
import { expect, test } from "@playwright/test";
import { signInAsAdmin, unique } from "./support/helpers";
import { startSecondInstance } from "./support/second-instance";

test("a key revoked on one instance stops working on both within a second", async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const second = await startSecondInstance(100);
  try {
    const instances = [baseURL!, second.url];

    const name = unique("two instances");
    await signInAsAdmin(page);
    await page.goto("/api-keys");
    const dialog = page.getByRole("dialog");
    await page.getByRole("button", { name: "Create API key" }).click();
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByRole("button", { name: "Create" }).click();
    const key = await dialog.getByTestId("new-api-key").inputValue();
    await dialog.getByRole("button", { name: "Done" }).click();

    const status = async (instance: string) => (await fetch(`${instance}/__api__/v1/user`, { headers: { Authorization: `Key ${key}` } })).status;
    for (let i = 0; i < 5; i++) for (const instance of instances) expect(await status(instance)).toBe(200); // both have it cached

    const row = page.getByTestId("api-keys-table").getByRole("row", { name: new RegExp(name) });
    await row.getByRole("button", { name: `Revoke ${name}` }).click();
    const confirm = page.getByRole("alertdialog");
    await confirm.getByRole("button", { name: "Revoke key" }).click();
    await expect(confirm).toBeHidden(); // committed
    const revokedAt = Date.now();
    for (const instance of instances) {
      while ((await status(instance)) !== 401) {
        expect(Date.now() - revokedAt, `${instance} still accepts the revoked key`).toBeLessThan(1_000);
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  } finally {
    await second.stop();
  }
});
