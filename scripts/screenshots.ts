// `npm run screenshots`: full-page PNGs of every console page at 390×844 and 1440×900, in the light
// and the dark theme, into .test-results/screenshots/<width>-<theme>/<page>.png — to look at: is anything
// cut off or overlapping? A tool, not a test: it asserts nothing and is not part of `npm test`.
//
// Without BASE_URL it starts the console as the e2e suite does (`scripts/start.ts`, embedded
// PostgreSQL in a throw-away data directory, first admin from ADMIN_EMAIL/ADMIN_PASSWORD or a default)
// and stops it afterwards. With BASE_URL it uses that running console and needs ADMIN_EMAIL and
// ADMIN_PASSWORD of an admin there (it adds a few records, a viewer and an API key to it).
// Browser: CHROMIUM_PATH, default /usr/bin/chromium.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { env } from "../lib/env";
import { freePort } from "./lib/embedded-postgres";
import { shots, type Shot } from "./screenshots/pages";
import { seed } from "./screenshots/seed";

const root = path.resolve(import.meta.dirname, "..");
const outDir = path.join(root, ".test-results/screenshots");
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
];
const THEMES = ["light", "dark"] as const;
const BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
const say = (m: string) => console.error(`[screenshots] ${m}`);

async function waitFor(url: string, child: ChildProcess) {
  for (let i = 0; i < 3000 && child.exitCode === null; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

/** Starts `scripts/start.ts` on a fresh data directory; returns its URL and a stop function. */
async function startConsole(admin: { email: string; password: string }) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ic-screenshots-"));
  const port = await freePort();
  const childEnv = { ...env.snapshot(), CONSOLE_DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: "", ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1" };
  const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
  const child = spawn(process.execPath, [tsx, "--conditions=react-server", path.join(root, "scripts/start.ts")], { cwd: root, env: childEnv, stdio: ["ignore", "ignore", "inherit"] });
  // localhost, not 127.0.0.1: Auth.js builds its URLs from the host it was reached on.
  const base = `http://localhost:${port}`;
  say(`starting the console on ${base} (builds first when the sources changed)…`);
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitFor(`${base}/api/health`, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, stop };
}

async function signIn(page: Page, base: string, email: string, password: string) {
  await page.goto(`${base}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // A password set through Posit's API must be changed at the first console sign-in: the seeded
  // viewer keeps using the page with a new one (this run signs it in only once).
  await page.waitForURL((url) => url.pathname !== "/login");
  if (new URL(page.url()).pathname === "/change-password") {
    await page.getByLabel("Current password").fill(password);
    await page.getByLabel("New password", { exact: true }).fill(`${password}-changed`);
    await page.getByLabel("New password again").fill(`${password}-changed`);
    await page.getByRole("button", { name: "Change password" }).click();
  }
  await page.getByRole("navigation", { name: "Main" }).first().waitFor();
}

/** An API key for the admin, made on the API keys page as a person would. */
async function createApiKey(page: Page, base: string): Promise<string> {
  await page.goto(`${base}/api-keys`);
  await page.getByRole("button", { name: "Create API key" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill(`screenshots ${new Date().toISOString()}`);
  await dialog.getByRole("button", { name: "Create", exact: true }).click();
  const key = await dialog.getByTestId("new-api-key").inputValue();
  await page.keyboard.press("Escape");
  return key;
}

async function capture(context: BrowserContext, base: string, shot: Shot, file: string) {
  const page = await context.newPage();
  try {
    await page.goto(`${base}${shot.path}`);
    // Inside #main: streamed HTML briefly holds a hidden copy outside it until React swaps it in.
    if (shot.ready) await page.locator("#main").getByTestId(shot.ready).first().waitFor();
    else await page.locator("h1, h2").first().waitFor();
    await page.waitForLoadState("networkidle").catch(() => {});
    if (shot.path === "/" && shot.as === "admin") await page.getByTestId("widget-activity").getByRole("listitem").first().waitFor();
    if (shot.open) await shot.open(page);
    // Let popups finish opening (their animations are disabled for the capture, not for opening).
    await page.waitForTimeout(400);
    // An open overlay is fixed to the window: a full-page capture would show it over only its top.
    await page.screenshot({ path: file, fullPage: !shot.open, animations: "disabled", caret: "hide" });
  } finally {
    await page.close();
  }
}

async function main() {
  const given = env.baseUrl();
  const admin = { email: env.adminEmail() ?? "screenshots-admin@example.com", password: env.adminPassword() ?? "screenshots-admin-password-1" };
  if (given && !(env.adminEmail() && env.adminPassword())) throw new Error("with BASE_URL, set ADMIN_EMAIL and ADMIN_PASSWORD of an admin of that console");
  const started = given ? { base: given.replace(/\/$/, ""), stop: async () => {} } : await startConsole(admin);
  const { base } = started;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: env.chromiumPath() ?? "/usr/bin/chromium", args: BROWSER_ARGS });
    const setup = await browser.newContext();
    const page = await setup.newPage();
    await signIn(page, base, admin.email, admin.password);
    const key = await createApiKey(page, base);
    const seeded = await seed(base, key, admin.email, say);
    const adminState = await setup.storageState();
    await setup.clearCookies();
    await signIn(page, base, seeded.viewer.email, seeded.viewer.password);
    const viewerState = await setup.storageState();
    await setup.close();

    const list = shots(seeded);
    let count = 0;
    for (const viewport of WIDTHS) {
      for (const theme of THEMES) {
        const dir = path.join(outDir, `${viewport.width}-${theme}`);
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        const contexts = {
          admin: await browser.newContext({ viewport, colorScheme: theme, storageState: adminState }),
          viewer: await browser.newContext({ viewport, colorScheme: theme, storageState: viewerState }),
          "signed-out": await browser.newContext({ viewport, colorScheme: theme }),
        };
        for (const shot of list) {
          if (shot.onlyWidth && shot.onlyWidth !== viewport.width) continue;
          const file = path.join(dir, `${shot.name}.png`);
          try {
            await capture(contexts[shot.as], base, shot, file);
            count++;
          } catch (error) {
            say(`${viewport.width}-${theme}/${shot.name}: ${(error as Error).message.split("\n")[0]}`);
          }
        }
        for (const context of Object.values(contexts)) await context.close();
        say(`${viewport.width}-${theme}: done`);
      }
    }
    say(`${count} screenshots in ${path.relative(root, outDir)}/<width>-<theme>/`);
  } finally {
    await browser?.close();
    await started.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
