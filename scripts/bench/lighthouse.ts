// Lighthouse performance (mobile preset: Lighthouse's default form factor, simulated throttling)
// of the signed-in pages and the login page, in the same Chromium the e2e tests use. One browser
// with a DevTools port: Playwright signs in through it, Lighthouse drives a tab of it and sends the
// session cookie on every request (`extraHeaders`).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";

export type LighthousePage = { name: string; path: string; signedIn: boolean };
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

async function devtoolsReady(port: number) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("Chromium's DevTools port did not open");
}

export type LighthouseScore = { score: number; worst: string[] };

/**
 * What costs a page its score: the weighted audits (LCP, TBT, CLS, …) by points lost, each with
 * Lighthouse's display value.
 */
function worstAudits(lhr: { categories: { performance: { auditRefs: { id: string; weight: number }[] } }; audits: Record<string, { title: string; score: number | null; displayValue?: string }> }, count = 3): string[] {
  return lhr.categories.performance.auditRefs
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null)
    .map((ref) => ({ audit: lhr.audits[ref.id], lost: ref.weight * (1 - (lhr.audits[ref.id].score ?? 0)) }))
    .filter((a) => a.lost > 0)
    .sort((a, b) => b.lost - a.lost)
    .slice(0, count)
    .map(({ audit }) => `${audit.title}${audit.displayValue ? ` ${audit.displayValue}` : ""}`);
}

/** Scores (0–100) per page, in order, with their worst audits. `base` must be a localhost URL (Auth.js binds its CSRF cookie to the host). */
export async function lighthouseScores(opts: { chromiumPath: string; devtoolsPort: number; base: string; email: string; password: string; pages: LighthousePage[] }): Promise<LighthouseScore[]> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "ic-bench-chromium-"));
  const browserProcess = spawn(opts.chromiumPath, [...FLAGS, `--remote-debugging-port=${opts.devtoolsPort}`, `--user-data-dir=${profile}`, "about:blank"], { stdio: "ignore" });
  try {
    await devtoolsReady(opts.devtoolsPort);
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${opts.devtoolsPort}`);
    const context = browser.contexts()[0];
    const page = await context.newPage();
    await page.goto(`${opts.base}/login`);
    await page.getByLabel("Email").fill(opts.email);
    await page.getByLabel("Password").fill(opts.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("navigation", { name: "Main" }).first().waitFor();
    const cookie = (await context.cookies(opts.base)).map((c) => `${c.name}=${c.value}`).join("; ");
    await page.close();
    await context.clearCookies(); // Lighthouse sends the session itself, only where asked
    const scores: LighthouseScore[] = [];
    for (const target of opts.pages) {
      const result = await lighthouse(`${opts.base}${target.path}`, {
        port: opts.devtoolsPort,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance"],
        ...(target.signedIn && { extraHeaders: { Cookie: cookie } }),
      });
      scores.push({ score: Math.round((result?.lhr.categories.performance.score ?? 0) * 100), worst: result ? worstAudits(result.lhr as never) : [] });
    }
    await browser.close().catch(() => undefined);
    return scores;
  } finally {
    browserProcess.kill("SIGTERM");
    await new Promise((r) => (browserProcess.exitCode !== null ? r(null) : browserProcess.once("exit", r)));
    // Chromium's helpers may still be writing the profile after the browser exits: retry, and
    // never lose the scores over a temporary directory left behind.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch {
      /* left in the temp dir */
    }
  }
}
