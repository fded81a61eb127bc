// `npm test`: every suite — unit and integration (Vitest, real PostgreSQL) and e2e (Playwright,
// real Chromium) — then one last line "N passed, N failed" over all of them. Exit code ≠ 0 when
// anything failed or a suite could not run. `--only unit|integration|e2e` runs one suite.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { env } from "../lib/env";
import { findChromium } from "./lib/find-chromium";

const root = path.resolve(import.meta.dirname, "..");
const results = path.join(root, ".test-results");
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const wants = (suite: string) => !only || only === suite;

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [require_(command), ...args], { cwd: root, stdio: "inherit", env: { ...env.snapshot(), ...extraEnv } });
    child.on("close", (code) => resolve(code ?? 1));
  });
}

function require_(bin: string): string {
  const map: Record<string, string> = {
    vitest: "node_modules/vitest/vitest.mjs",
    playwright: "node_modules/@playwright/test/cli.js",
  };
  return path.join(root, map[bin]);
}

type Tally = { passed: number; failed: number; skipped: number };

function readVitest(file: string): Tally | null {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    success: boolean;
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { status: string }[];
  };
  // A file that fails to load has no tests but a failed status; an unhandled error fails the run
  // without failing a test. Both count as failures.
  const brokenFiles = report.testResults.filter((f) => f.status === "failed").length;
  const failed = Math.max(report.numFailedTests, brokenFiles, report.success ? 0 : 1);
  return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests };
}

function readPlaywright(file: string): Tally | null {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] };
  const { expected, unexpected, flaky, skipped } = report.stats;
  // Flaky (passed only on retry) counts as failed: a test that needs a retry is not passing.
  return { passed: expected, failed: unexpected + flaky + (report.errors?.length ?? 0), skipped };
}

async function main() {
  mkdirSync(results, { recursive: true });
  const tallies: { suite: string; tally: Tally }[] = [];
  let crashed = 0;

  for (const suite of ["unit", "integration"].filter(wants)) {
    const out = path.join(results, `vitest-${suite}.json`);
    rmSync(out, { force: true });
    const code = await run("vitest", ["run", "--project", suite, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
    const tally = readVitest(out);
    if (tally) tallies.push({ suite, tally });
    // A suite that ran nothing (e.g. its global setup failed) or exited non-zero without a failed
    // test did not complete: that is a failure, never a silent zero.
    if (!tally || tally.passed + tally.failed === 0 || (code !== 0 && tally.failed === 0)) crashed++;
  }

  if (wants("e2e")) {
    const chromium = findChromium();
    if (!chromium) {
      console.error("No Chromium found for the e2e tests: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.");
      console.log(`${tallies.reduce((n, t) => n + t.tally.passed, 0)} passed, ${tallies.reduce((n, t) => n + t.tally.failed, 0) + 1} failed`);
      process.exit(1);
    }
    const out = path.join(results, "playwright.json");
    rmSync(out, { force: true });
    const code = await run("playwright", ["test"], { CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: out });
    const tally = readPlaywright(out);
    if (tally) tallies.push({ suite: "e2e", tally });
    if (!tally || tally.passed + tally.failed === 0 || (code !== 0 && tally.failed === 0)) crashed++;
  }

  for (const { suite, tally } of tallies) {
    console.log(`${suite}: ${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ""}`);
  }
  if (crashed) console.log(`${crashed} suite(s) did not complete; counted as failed`);
  const passed = tallies.reduce((n, t) => n + t.tally.passed, 0);
  const failed = tallies.reduce((n, t) => n + t.tally.failed, 0) + crashed;
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

void main();
