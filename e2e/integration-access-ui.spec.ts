// How an integration is found and named, on its pages in Chromium: tags typed as chips in the form
// (keyboard), shown as chips on the detail page and filtering the list through the URL; the slug
// (Fruxon's id) shown with a copy button.
import { expect, test, type Page } from "@playwright/test";
import { signInAsAdmin, unique } from "./support/helpers";
import { roleKeys } from "./support/roles";

test.describe.configure({ timeout: 180_000 });

const main = (page: Page) => page.locator("#main");
const adminKey = () => ({ Authorization: `Key ${roleKeys().admin}` });

test("tags: chips typed in the form, chips on the detail page, a chip filters the list by URL; the slug has a copy button", async ({ page, context, request }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const name = unique("Tagged");
  const tag = unique("team");
  await signInAsAdmin(page);
  await page.goto("/integrations/new?template=connect");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);

  // Keyboard: Enter and a comma add a tag, Backspace in the empty box takes the last one back.
  const tags = page.getByRole("textbox", { name: "Tags" });
  await tags.focus();
  await page.keyboard.type(`${tag},eu`);
  await page.keyboard.press("Enter");
  const chips = page.getByTestId("tag-chips");
  await expect(chips.getByRole("listitem")).toHaveText([tag, "eu"]);
  await page.keyboard.press("Backspace");
  await expect(tags).toHaveValue("eu");
  await expect(chips.getByRole("listitem")).toHaveText([tag]);
  await tags.fill("x".repeat(41));
  await page.keyboard.press("Enter");
  await expect(main(page).getByText("A tag must be at most 40 characters")).toBeVisible();
  await tags.fill("emea");
  await page.keyboard.press("Enter");
  await expect(main(page).getByText("A tag must be at most 40 characters")).toHaveCount(0);
  await chips.getByRole("button", { name: `Remove tag ${tag}` }).focus();
  await page.keyboard.press("Enter");
  await expect(chips.getByRole("listitem")).toHaveText(["emea"]);
  await tags.fill(tag);
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Create integration" }).click();
  await page.waitForURL(/\/integrations\/[0-9a-f-]{36}$/);
  const guid = page.url().split("/").pop()!;

  const detail = main(page).getByTestId("integration-detail");
  await expect(detail.getByTestId("integration-tags").getByRole("listitem")).toHaveText(["emea", tag]);
  // The slug, copied whole; it is the id Fruxon's door answers to.
  await detail.getByRole("button", { name: "Copy slug" }).click();
  await expect(page.getByText("Copied slug")).toBeVisible();
  const slug = await page.evaluate(() => navigator.clipboard.readText());
  expect(slug).toMatch(/^[A-Za-z0-9_-]+$/);
  await expect(detail).toContainText(slug);
  const fruxon = await request.get(`/v1/tenants/default/integrations/${slug}`, { headers: { Authorization: `Bearer ${roleKeys().admin}` } });
  expect(fruxon.status()).toBe(200);
  expect(await fruxon.json()).toMatchObject({ displayName: name, tags: ["emea", tag] });

  // A chip links to the list filtered by its tag, in the URL; the filter shows it.
  const other = await request.post("/__api__/v1/oauth/integrations", { headers: adminKey(), data: { name: unique("Untagged"), template: "connect", config: { max_role: "Viewer" } } });
  const untagged = (await other.json()).name as string;
  await detail.getByTestId("integration-tags").getByRole("link", { name: tag }).click();
  await expect(page).toHaveURL(new RegExp(`/integrations\\?tag=${tag}$`));
  const table = main(page).getByTestId("integrations-table");
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText(name);
  await expect(page.getByRole("combobox", { name: "Tag" })).toHaveText(tag);
  // Chosen from the filter instead: the URL follows.
  await page.goto(`/integrations?q=${encodeURIComponent(untagged)}`);
  await expect(table).toContainText(untagged);
  await page.getByRole("combobox", { name: "Tag" }).click();
  await page.getByRole("option", { name: "emea" }).click();
  await expect(page).toHaveURL(/tag=emea/);
  await expect(main(page).getByText("No integrations match")).toBeVisible();

  // Edit keeps them; removing one saves the rest (the same update service as Posit's PATCH).
  await page.goto(`/integrations/${guid}/edit`);
  await expect(page.getByTestId("tag-chips").getByRole("listitem")).toHaveText(["emea", tag]);
  await page.getByTestId("tag-chips").getByRole("button", { name: "Remove tag emea" }).click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(new RegExp(`/integrations/${guid}$`));
  await expect(main(page).getByTestId("integration-tags").getByRole("listitem")).toHaveText([tag]);
});

test("a list row's tags stay whole words next to a long name and description", async ({ page, request }) => {
  // Found in the screenshots (npm run screenshots): the tags column shrank to one letter's width
  // beside a long name, so "finance" read "fina / nce" and the row grew 200 px tall.
  const marker = unique("Wide");
  const created = await request.post("/__api__/v1/oauth/integrations", {
    headers: adminKey(),
    data: {
      name: `${marker} finance data warehouse (production, EU region) quarterly reconciliation`,
      description: "Reads the finance team's quarterly ledgers from the warehouse and publishes the reconciled figures to the board pack.",
      template: "connect",
      config: { max_role: "Viewer" },
    },
  });
  expect(created.ok()).toBe(true);
  const { guid } = await created.json();
  expect((await request.patch(`/__api__/v1/oauth/integrations/${guid}`, { headers: adminKey(), data: { tags: ["eu", "finance", "production"] } })).ok()).toBe(true);

  await signInAsAdmin(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/integrations?q=${marker}`);
  const row = main(page).getByTestId("integrations-table").getByRole("row").filter({ hasText: marker });
  const heights = [];
  for (const tag of ["eu", "finance", "production"]) heights.push(Math.round((await row.getByText(tag, { exact: true }).boundingBox())!.height));
  // Every chip one line high, as high as the shortest tag's.
  expect(heights, `chip heights ${heights.join(", ")}`).toEqual([heights[0], heights[0], heights[0]]);
});
