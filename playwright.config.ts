// e2e in real Chromium (Debian's, found by scripts/test.ts) against `npm start` on a fresh data
// directory: the same launcher, embedded PostgreSQL, migrations and bootstrap that users run.
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { env } from "./lib/env";

const port = env.e2ePort();
export const E2E_BASE_URL = `http://localhost:${port}`;
export const E2E_ADMIN = { email: "e2e-admin@example.com", password: "e2e-admin-password-1" };
const dataDir = path.join(import.meta.dirname, ".test-results/e2e-data");
export const E2E_SERVER_LOG = path.join(import.meta.dirname, ".test-results/e2e-server.log");

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json"]],
  outputDir: ".test-results/playwright-artifacts",
  use: {
    // localhost, not 127.0.0.1: Auth.js builds its URLs from the host it was reached on.
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: env.chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: "setup", testDir: "e2e/setup", testMatch: /.*\.setup\.ts/ },
    { name: "api", testDir: "e2e/api", dependencies: ["setup"] },
    // Checks of the build itself (first-load JavaScript per page): no browser, no signed-in role.
    { name: "budgets", testDir: "e2e/budgets" },
    { name: "ui", testDir: "e2e", testIgnore: ["setup/**", "api/**", "budgets/**"], dependencies: ["setup"], use: { ...devices["Desktop Chrome"] } },
  ],
  globalSetup: "./e2e/support/global-setup.ts",
  webServer: {
    // The server log is kept so tests can assert that no secret ever reaches it.
    command: `rm -rf "${dataDir}" && mkdir -p "${dataDir}" && node node_modules/tsx/dist/cli.mjs --conditions=react-server scripts/start.ts 2>&1 | tee "${E2E_SERVER_LOG}"`,
    url: `${E2E_BASE_URL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      CONSOLE_DATA_DIR: dataDir,
      DATABASE_URL: "",
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      CONSOLE_ALLOW_PRIVATE_NETWORK: "true",
      LOG_LEVEL: "info",
    },
  },
});
