// The audit page says whether the log still matches its signed head, and `audit verify` checks the
// whole chain against it (truncation and rewriting are covered in test/integration/audit/chain-head.test.ts).
import { expect, test } from "@playwright/test";
import { auditVerify } from "./support/cli";
import { signInAsAdmin } from "./support/helpers";

test("the audit page shows the signed head's state, and audit verify holds the chain against it", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto("/audit");
  await expect(page.getByTestId("audit-head")).toContainText("the log matches its signed head");
  const chain = auditVerify();
  expect(chain.ok, chain.message).toBe(true);
  expect(chain.message).toContain("the signed head matches");
});
