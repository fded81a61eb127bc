// Two app instances on one database (as behind a load balancer): each caches API-key lookups, and
// a key revoked through one must stop working on both within a second (LISTEN/NOTIFY).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { env } from "../lib/env";
import { runningDatabaseUrl } from "../scripts/lib/embedded-postgres";
import { E2E_DATA_DIR } from "./support/cli";
import { signInAsAdmin, unique } from "./support/helpers";

const root = path.resolve(import.meta.dirname, "..");

test("a key revoked on one instance stops working on both within a second", async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const databaseUrl = await runningDatabaseUrl(E2E_DATA_DIR);
  expect(databaseUrl).toBeTruthy();
  const port = env.e2ePort() + 100; // beside the e2e console's port, in the range the e2e run owns
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ic-e2e-second-"));
  const second = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join(root, "scripts/start.ts")], {
    cwd: root,
    stdio: "ignore",
    env: {
      ...env.snapshot(),
      PORT: String(port),
      DATABASE_URL: databaseUrl!,
      CONSOLE_DATA_DIR: dataDir,
      AUTH_SECRET: readFileSync(path.join(E2E_DATA_DIR, "auth.secret"), "utf8").trim(),
      CONSOLE_MASTER_KEY: readFileSync(path.join(E2E_DATA_DIR, "master.key"), "utf8").trim(),
    },
  });
  try {
    const instances = [baseURL!, `http://127.0.0.1:${port}`];
    await expect.poll(async () => (await fetch(`${instances[1]}/api/health`).catch(() => null))?.status, { timeout: 180_000, intervals: [500] }).toBe(200);

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
    second.kill("SIGTERM");
    await new Promise((r) => second.once("exit", r));
    rmSync(dataDir, { recursive: true, force: true });
  }
});
