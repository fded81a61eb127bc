// The e2e suite's browser: CHROMIUM_PATH, else the system's Chromium (Debian: apt-get install
// chromium), else Playwright's own download, if any.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { env } from "../../lib/env";

export function findChromium(): string | null {
  const given = env.chromiumPath();
  if (given) return existsSync(given) ? given : null;
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    try {
      const found = execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
      if (found) return found;
    } catch {
      /* not on PATH */
    }
  }
  try {
    const bundled = chromium.executablePath();
    return existsSync(bundled) ? bundled : null;
  } catch {
    return null;
  }
}
