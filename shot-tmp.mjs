import { chromium } from "playwright";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const [w, h] of [[390, 844], [1440, 900]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto("http://localhost:3402/login");
  await page.getByLabel("Email").fill("e2e-admin@example.com");
  await page.getByLabel("Password").fill("e2e-admin-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  await page.goto("http://localhost:3402/audit");
  await page.screenshot({ path: `/tmp/audit-${w}.png` });
  await page.goto("http://localhost:3402/connected-accounts?connect=failed&reason=call%20555");
  await page.screenshot({ path: `/tmp/notice-${w}.png` });
}
await browser.close();
