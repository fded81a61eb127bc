// Single sign-on in Chromium against a real identity provider: a loopback oidc-provider with its
// own login and consent pages, and a second console on the e2e database configured for it
// (AUTH_OIDC_*, role from a `groups` claim, passwords off). The e2e suite's own console keeps
// passwords on and serves as the control.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";
import { env } from "../lib/env";
import { E2E_ADMIN } from "../playwright.config";
import { runningDatabaseUrl } from "../scripts/lib/embedded-postgres";
import { startOAuthServer, type TestOAuthServer } from "../test/support/oauth-server";
import { consoleCli, E2E_DATA_DIR } from "./support/cli";
import { tableText, withDatabase } from "./support/database";
import { unique } from "./support/helpers";

const root = path.resolve(import.meta.dirname, "..");
// Beside the e2e console's port, in the range the e2e run owns.
const IDP_PORT = env.e2ePort() + 10;
const SSO_PORT = env.e2ePort() + 11;
// localhost, not 127.0.0.1: Auth.js builds its callback URL from the host it was reached on.
const SSO_URL = `http://localhost:${SSO_PORT}`;
const CLIENT = { client_id: "console-sso", client_secret: `sso-secret-${randomBytes(8).toString("hex")}`, redirect_uris: [`${SSO_URL}/api/auth/callback/oidc`] };
const BUTTON = "Sign in with Example IdP";
const SSO_LOG = path.join(root, ".test-results/e2e-sso-server.log");

test.describe.configure({ mode: "serial" });

const identities = new Map<string, Record<string, unknown>>();
let idp: TestOAuthServer;
let idpStopped = false;
let ssoConsole: ChildProcess;
let dataDir: string;
let orgSlug: string;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  orgSlug = unique("sso").toLowerCase();
  consoleCli(["org", "create", "--slug", orgSlug, "--name", "SSO organisation"]);
  idp = await startOAuthServer({ port: IDP_PORT, authorizationCodeClients: [CLIENT], identities });
  const databaseUrl = await runningDatabaseUrl(E2E_DATA_DIR);
  if (!databaseUrl) throw new Error("the e2e console's database is not running");
  dataDir = mkdtempSync(path.join(os.tmpdir(), "ic-e2e-sso-"));
  mkdirSync(path.join(root, ".test-results"), { recursive: true });
  const log = openSync(SSO_LOG, "w");
  ssoConsole = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join(root, "scripts/start.ts")], {
    cwd: root,
    stdio: ["ignore", log, log],
    env: {
      ...env.snapshot(),
      PORT: String(SSO_PORT),
      DATABASE_URL: databaseUrl,
      CONSOLE_DATA_DIR: dataDir,
      AUTH_SECRET: randomBytes(32).toString("base64"),
      CONSOLE_MASTER_KEY: readFileSync(path.join(E2E_DATA_DIR, "master.key"), "utf8").trim(),
      AUTH_OIDC_ISSUER: idp.issuer,
      AUTH_OIDC_CLIENT_ID: CLIENT.client_id,
      AUTH_OIDC_CLIENT_SECRET: CLIENT.client_secret,
      AUTH_OIDC_NAME: "Example IdP",
      AUTH_OIDC_ORGANIZATION: orgSlug,
      AUTH_OIDC_ROLE_CLAIM: "groups",
      AUTH_OIDC_ADMIN_VALUES: "console-admins",
      AUTH_OIDC_PUBLISHER_VALUES: "console-publishers,console-editors",
      AUTH_PASSWORD_SIGNIN: "false",
    },
  });
  await expect.poll(async () => (await fetch(`${SSO_URL}/api/health`).catch(() => null))?.status, { timeout: 240_000, intervals: [500] }).toBe(200);
});

test.afterAll(async () => {
  if (ssoConsole && ssoConsole.exitCode === null) {
    ssoConsole.kill("SIGTERM");
    await new Promise((r) => ssoConsole.once("exit", r));
  }
  if (!idpStopped) await idp?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Opens `path` signed out in a fresh browser, signs in at the provider's own pages as `login`, and returns where the console lands. */
async function ssoSignIn(browser: Browser, login: string, startPath = "/") {
  const context = await browser.newContext({ baseURL: SSO_URL });
  const page = await context.newPage();
  await page.goto(startPath);
  await expect(page).toHaveURL(/\/login/);
  await page.getByRole("button", { name: BUTTON }).click();
  await page.waitForURL((url) => url.origin === idp.issuer, { waitUntil: "domcontentloaded" });
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click(); // the provider's consent page
  await page.waitForURL((url) => url.origin === SSO_URL);
  return { context, page };
}

const membership = (email: string) =>
  withDatabase(async (c) => {
    const { rows } = await c.query(
      "SELECT m.role, m.disabled_at FROM memberships m JOIN users u ON u.id = m.user_id JOIN organizations o ON o.id = m.organization_id WHERE u.email = $1 AND o.slug = $2",
      [email, orgSlug],
    );
    return rows as { role: string; disabled_at: Date | null }[];
  });

const auditActions = (email: string) =>
  withDatabase(async (c) => {
    const { rows } = await c.query(
      "SELECT a.action, a.outcome FROM audit_events a JOIN organizations o ON o.id = a.organization_id WHERE o.slug = $1 AND a.actor_label = $2 AND a.action IN ('user.create', 'user.changeRole', 'user.lock', 'user.unlock', 'auth.login') ORDER BY a.id",
      [orgSlug, email],
    );
    return rows.map((r) => `${r.action}:${r.outcome}`);
  });

test("single sign-on creates, updates and locks an account from the provider's groups claim, and keeps the return path", async ({ browser }) => {
  test.setTimeout(120_000);
  const login = unique("ada");
  const email = `${login}@sso.example`;
  identities.set(login, { email, email_verified: true, given_name: "Ada", family_name: "Lovelace", groups: ["staff", "console-publishers"] });

  // First sign-in, starting from a deep link: the account is made as a publisher and the
  // browser lands where it was going.
  const first = await ssoSignIn(browser, login, "/integrations?q=return-path");
  await expect(first.page).toHaveURL(`${SSO_URL}/integrations?q=return-path`);
  await expect(first.page.getByRole("navigation", { name: "Main" }).first()).toBeVisible();
  expect(await membership(email)).toEqual([{ role: "publisher", disabled_at: null }]);
  await first.page.goto("/users");
  await expect(first.page.locator("#main").getByTestId("forbidden")).toBeVisible();
  await first.context.close();

  // The claim changes at the provider: the next sign-in makes them an admin.
  identities.set(login, { ...identities.get(login), groups: ["console-admins"] });
  const second = await ssoSignIn(browser, login, "/users");
  await expect(second.page).toHaveURL(`${SSO_URL}/users`);
  await expect(second.page.getByTestId("users-table")).toContainText(email);
  expect(await membership(email)).toEqual([{ role: "admin", disabled_at: null }]);

  // The claim is removed: the next sign-in is refused with a clear message, and the session
  // still open in the other browser is signed out at its next request.
  identities.set(login, { ...identities.get(login), groups: undefined });
  const third = await ssoSignIn(browser, login, "/");
  await expect(third.page).toHaveURL(/\/login\?error=sso-no-access/);
  await expect(third.page.getByTestId("sso-error")).toContainText("does not grant you access");
  await second.page.goto("/users");
  await expect(second.page).toHaveURL(/\/login/);
  await expect(second.page.getByRole("button", { name: BUTTON })).toBeVisible();
  const [row] = await membership(email);
  expect(row.disabled_at).not.toBeNull();
  expect(await auditActions(email)).toEqual([
    "user.create:success",
    "auth.login:success",
    "user.changeRole:success",
    "auth.login:success",
    "user.lock:success",
    "auth.login:denied",
  ]);
  await second.context.close();
  await third.context.close();

  // Canaries: the console's client secret and the tokens the provider issued reach no log line
  // and no audit row.
  expect(idp.issuedIdTokens.length).toBeGreaterThanOrEqual(2);
  const log = readFileSync(SSO_LOG, "utf8");
  const audit = await tableText("audit_events");
  for (const secret of [CLIENT.client_secret, ...idp.issuedAccessTokens, ...idp.issuedIdTokens, ...idp.issuedRefreshTokens]) {
    expect(log).not.toContain(secret);
    expect(audit).not.toContain(secret);
  }
});

test("AUTH_PASSWORD_SIGNIN=false hides the password form and refuses passwords on the server", async ({ browser, playwright, baseURL }) => {
  const context = await browser.newContext({ baseURL: SSO_URL });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.getByRole("button", { name: BUTTON })).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveCount(0);
  await expect(page.locator('input[type="password"]')).toHaveCount(0);
  expect(await page.content()).not.toContain(CLIENT.client_secret);
  // At phone width, with the message a refused sign-in brings back (kept with the run's artifacts).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/login?error=sso-no-access");
  await expect(page.getByTestId("sso-error")).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("sso-login-390.png"), fullPage: true });
  await context.close();

  // The e2e admin's real password, posted to Auth.js's credentials callback as the form would:
  // a session on the console with passwords on (the control), none on the one with them off.
  const sessionAfterPasswordPost = async (url: string) => {
    const request = await playwright.request.newContext({ baseURL: url });
    try {
      const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      await request.post("/api/auth/callback/credentials", { form: { csrfToken, email: E2E_ADMIN.email, password: E2E_ADMIN.password }, maxRedirects: 0 });
      return ((await (await request.get("/api/auth/session")).json()) as { user?: { email?: string } } | null)?.user?.email ?? null;
    } finally {
      await request.dispose();
    }
  };
  expect(await sessionAfterPasswordPost(baseURL!)).toBe(E2E_ADMIN.email);
  expect(await sessionAfterPasswordPost(SSO_URL)).toBeNull();

  // HDP's HTTP Basic with a password is a password sign-in too.
  const basic = { Authorization: `Basic ${Buffer.from(`${E2E_ADMIN.email}:${E2E_ADMIN.password}`).toString("base64")}` };
  expect((await fetch(`${baseURL}/api/mgmt/oauthapps`, { headers: basic })).status).toBe(200);
  expect((await fetch(`${SSO_URL}/api/mgmt/oauthapps`, { headers: basic })).status).toBe(401);
});

test("an unreachable identity provider gives a clear message, not an error page", async ({ browser }) => {
  await idp.stop();
  idpStopped = true;
  const context = await browser.newContext({ baseURL: SSO_URL });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByRole("button", { name: BUTTON }).click();
  await expect(page).toHaveURL(/\/login\?error=/);
  await expect(page.getByTestId("sso-error")).toContainText("could not be reached");
  await context.close();
});
