// Browser-side hardening end to end: a nonce-based CSP on every page with no violation while the
// pages are used, HSTS only over HTTPS, and cross-origin writes (server actions, Auth.js) refused.
import { expect, test, type Page } from "@playwright/test";
import { E2E_ADMIN } from "../playwright.config";
import { signInAsAdmin } from "./support/helpers";

const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

/** Records every CSP violation the page reports (the init script runs before the page's own code). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return async () => [...fromConsole, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

test("every page has a CSP with a fresh nonce, and Next's scripts carry it", async ({ request }) => {
  const first = await request.get("/login");
  const second = await request.get("/login");
  const policy = first.headers()["content-security-policy"];
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(nonceOf(policy)).not.toBe(nonceOf(second.headers()["content-security-policy"]));
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonceOf(policy)}"`);
  expect((await request.get("/api/docs")).headers()["content-security-policy"]).toContain("'nonce-");
});

test("no CSP violation while signing in and using the console and the API reference", async ({ page }) => {
  test.setTimeout(180_000); // many pages and a 4 MB reference bundle on a shared machine
  const violations = await watchCsp(page);
  const foreign: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("http://localhost") && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) foreign.push(r.url());
  });
  await signInAsAdmin(page);
  for (const path of ["/", "/integrations", "/integrations/new", "/users", "/api-keys", "/audit"]) {
    await page.goto(path);
    await expect(page.locator("#main")).toBeVisible();
    expect(await violations(), path).toEqual([]);
  }
  // Interactive: pick a template, then submit the empty form so the client-side validation runs.
  await page.goto("/integrations/new");
  await page.locator("#main").getByRole("link", { name: "Azure", exact: true }).click();
  await page.getByRole("button", { name: /create integration/i }).click();
  await page.getByRole("button", { name: "User menu" }).click();
  await page.getByRole("menuitem", { name: "API docs" }).click();
  await expect(page).toHaveURL(/\/api\/docs/);
  await expect(page.getByText("Posit Connect OAuth integrations").first()).toBeVisible({ timeout: 30_000 });
  // The sidebar lists the document's tags; the first one is open with its operations.
  await expect(page.getByText("OAuth integrations", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Server version and capabilities").first()).toBeVisible();
  await expect(page.getByText("Authorization: Key").first()).toBeVisible();
  // Scalar's bundle carries its own copy of zod, which probes once for eval with a caught
  // `Function("")` and interprets when refused: the only report the policy may produce here.
  const zodProbe = /^script-src eval http:\/\/localhost:\d+\/api\/docs\/scalar\.js:\d+$/;
  expect((await violations()).filter((v) => !zodProbe.test(v))).toEqual([]);
  expect(foreign, "the reference page loads nothing from other origins").toEqual([]);
});

test("HSTS only when the client came over HTTPS", async ({ request }) => {
  expect((await request.get("/login")).headers()["strict-transport-security"]).toBeUndefined();
  const overHttps = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
  expect(overHttps.headers()["strict-transport-security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  const api = await request.get("/__api__/server_settings", { headers: { "x-forwarded-proto": "https" } });
  expect(api.headers()["strict-transport-security"]).toBeDefined();
});

test("a server action sent with a foreign or null Origin is refused; the same action from our origin works", async ({ page }) => {
  let origin: string | undefined;
  const statuses: number[] = [];
  // The browser's own sign-in server action, with only its Origin header rewritten.
  await page.route("**/login**", async (route) => {
    const req = route.request();
    if (req.method() !== "POST" || origin === undefined) return route.continue();
    const response = await route.fetch({ headers: { ...req.headers(), origin } });
    statuses.push(response.status());
    return route.fulfill({ response });
  });
  for (const foreign of ["https://evil.example", "null"]) {
    origin = foreign;
    await page.goto("/login");
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill(E2E_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => statuses.length).toBeGreaterThan(0);
    expect(statuses.pop()).toBe(403);
    expect(await page.context().cookies()).not.toContainEqual(expect.objectContaining({ name: expect.stringMatching(/session-token/) }));
  }
  origin = undefined;
  await signInAsAdmin(page);
});

test("Auth.js endpoints refuse a foreign Origin: sign-out from another site leaves the session alone", async ({ page }) => {
  await signInAsAdmin(page);
  const csrf = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const forged = await page.request.post("/api/auth/signout", {
    headers: { origin: "https://evil.example" },
    form: { csrfToken: csrf.csrfToken },
  });
  expect(forged.status()).toBe(403);
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email).toBe(E2E_ADMIN.email);
  const api = await page.request.post("/__api__/v1/oauth/integrations", { headers: { origin: "null" }, data: {} });
  expect(api.status()).toBe(403);
  // HDP's door (Basic credentials a browser caches and resends) refuses in its own wrapper too.
  const hdp = await page.request.post("/api/mgmt/oauthapps", { headers: { origin: "https://evil.example" }, data: {} });
  expect(hdp.status()).toBe(403);
  expect(((await hdp.json()) as { error?: { message?: { value?: string } } }).error?.message?.value).toContain("Cross-origin");
});

test("the OpenAPI documents are served; an unknown one is 404", async ({ request }) => {
  const response = await request.get("/api/openapi/posit.json");
  expect(response.status()).toBe(200);
  const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, { "x-permission"?: string }>> };
  expect(document.openapi).toBe("3.1.0");
  expect(document.paths["/__api__/v1/oauth/integrations/{guid}"].patch["x-permission"]).toBe("integration.update");
  expect((await request.get("/api/openapi/nope.json")).status()).toBe(404);
  const script = await request.get("/api/docs/scalar.js");
  expect(script.status()).toBe(200);
  expect(script.headers()["content-type"]).toContain("javascript");
});

test("a form sent before the page is interactive never puts a password in the URL", async ({ browser }) => {
  // No JavaScript: what a sign-in or password change submitted before hydration does.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  const canary = "canary-password-Q7x9";
  await page.goto("/login");
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(canary);
  const sent = page.waitForRequest((request) => request.method() === "POST" && new URL(request.url()).pathname === "/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  expect((await sent).postData()).toContain(canary);
  await page.waitForLoadState();
  expect(requested.filter((url) => url.includes(canary))).toEqual([]);
  expect(page.url()).not.toContain(canary);
  // The page answers with itself, ready to be used once its script runs.
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await context.close();
});
