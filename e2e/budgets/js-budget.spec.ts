// First-load JavaScript per page of the production build this suite runs against, within each
// page's budget (e2e/budgets/js-budget.json, a ratchet toward the 160 kB target). Size is
// deterministic for a build, so this is a check, not a measurement: the message names every page
// over its budget and by how much, and the log names the budgets that can come down. It reads the
// build on disk and calls no API, so it runs in its own project (`budgets`), without sign-ins.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { firstLoadJs } from "../../scripts/lib/first-load-js";

const root = path.resolve(import.meta.dirname, "../..");
type Budgets = { target: number; default: number; pages: Record<string, number> };
const budgets = JSON.parse(readFileSync(path.join(root, "e2e/budgets/js-budget.json"), "utf8")) as Budgets;
const RATCHET_SLACK_KB = 3;

test("every page's first-load JavaScript is within its budget", () => {
  const pages = firstLoadJs(path.join(root, ".next"));
  expect(pages.length, "pages found in .next").toBeGreaterThan(5);
  const rows = pages.map(({ page, bytes }) => {
    const kB = Math.round(bytes / 100) / 10;
    const budget = budgets.pages[page] ?? budgets.default;
    const status = kB > budget ? "OVER BUDGET" : kB > budgets.target ? "above target" : "meets target";
    const lower = budget - Math.ceil(kB) > RATCHET_SLACK_KB ? ` (budget can come down to ${Math.max(budgets.target, Math.ceil(kB) + RATCHET_SLACK_KB)})` : "";
    return { page, kB, budget, status, lower };
  });
  console.log(rows.map((r) => `[js-budget] ${r.page.padEnd(34)} ${String(r.kB).padStart(6)} kB  budget ${r.budget}  target ${budgets.target}  ${r.status}${r.lower}`).join("\n"));
  const over = rows.filter((r) => r.status === "OVER BUDGET").map((r) => `${r.page}: ${r.kB} kB gzip, budget ${r.budget} kB (+${(r.kB - r.budget).toFixed(1)} kB)`);
  expect(over, "pages over their first-load JS budget (load heavy parts with next/dynamic, keep client components small)").toEqual([]);
});
