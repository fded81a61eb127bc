// The API reference (/api/docs) shows every dialect's document, each in its own tab with how to
// authenticate and every operation, read from the documents the console serves.
import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "./support/helpers";

type Document = { info: { title: string; description: string }; paths: Record<string, Record<string, { summary: string }>> };

test("every dialect has a tab listing all its operations and how to authenticate", async ({ page }) => {
  test.setTimeout(180_000); // a 4 MB reference bundle, loaded once per tab, on a shared machine
  await signInAsAdmin(page);
  const html = await (await page.request.get("/api/docs")).text();
  const dialects = [...new Set([...html.matchAll(/\/api\/openapi\/([a-z0-9-]+)\.json/g)].map((m) => m[1]))];
  expect(dialects).toEqual(expect.arrayContaining(["posit", "hdp", "fruxon", "versori"]));
  for (const dialect of dialects) {
    const document = (await (await page.request.get(`/api/openapi/${dialect}.json`)).json()) as Document;
    await page.goto(`/api/docs?api=${dialect}`);
    await expect(page.getByRole("heading", { name: document.info.title }).first(), dialect).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("heading", { name: "Authentication" }).first(), dialect).toBeVisible();
    const summaries = Object.values(document.paths).flatMap((item) => Object.values(item).map((op) => op.summary));
    expect(summaries.length, dialect).toBeGreaterThan(3);
    for (const summary of summaries) await expect(page.getByText(summary, { exact: true }).first(), `${dialect}: ${summary}`).toBeAttached();
    // Nothing hands the document to Scalar's website; a link leads back to the console.
    await expect(page.getByText("Open API Client")).toHaveCount(0);
  }
  await page.getByRole("link", { name: "Back to the console" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await expect(page.locator("#main h1")).toBeVisible();
});
