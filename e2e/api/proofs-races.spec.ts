// Proof 3 — races: 1,000 concurrent writers on one object through every update verb (the Posit
// API's PATCH of integrations and PUT of users with If-Match, the console's edit action with the
// version its form loaded, HDP's PUT of OAuth applications and profiles, Fruxon's PUT, Versori's PUT of apps, connections, boards):
// exactly one winner per version, every loser 412, the final state the last winner's write, one
// audited update per winner, and the audit chain intact. A new verb goes in update-verbs*.ts.
import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "../../playwright.config";
import { auditVerify } from "../support/cli";
import { signIn } from "../support/helpers";
import { startProofsProvider, type ProofsProvider } from "../support/proofs/fixtures";
import { race, type UpdateVerb } from "../support/proofs/race";
import { consoleUpdateAction, positPatch, positUserPut } from "../support/proofs/update-verbs";
import { dialectUpdateVerbs } from "../support/proofs/update-verbs-dialects";
import { roleKeys } from "../support/roles";

const WRITERS = 1000;

let provider: ProofsProvider;
test.beforeAll(async () => {
  provider = await startProofsProvider();
});
test.afterAll(async () => provider?.server.stop());

test("1,000 racing writers through every update verb: one winner per version, every loser 412, audited", async ({ page }) => {
  test.setTimeout(900_000);
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await expect(page.getByRole("navigation", { name: "Main" }).first()).toBeVisible();
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

  const verbs = [positPatch(roleKeys().admin), positUserPut(roleKeys().admin), consoleUpdateAction(roleKeys().admin, { cookie }), ...dialectUpdateVerbs(provider)];
  for (const verb of verbs as UpdateVerb[]) {
    const started = Date.now();
    const result = await race(verb, WRITERS);
    console.log(`[proofs] races: ${verb.name}: ${result.writers} writers → ${result.winners} winners (one per version), ${result.stale} × 412 (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  const chain = auditVerify();
  expect(chain, chain.message).toMatchObject({ ok: true });
  expect(chain.checked).toBeGreaterThan(0);
});
