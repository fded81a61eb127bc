// The one data table, driven through the integrations list and the audit log: numbered pages,
// page size, jump, a remembered column choice, bulk delete with one confirmation, CSV export of
// the current filter (no secret, formulas neutralised, as many rows as the filter's total), and
// the audit log's From/To.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInAsAdmin, unique } from "./support/helpers";
import { roleKeys } from "./support/roles";

// Long browser journeys on a shared, loaded machine: each test gets 3 minutes.
test.describe.configure({ timeout: 180_000 });

const BASE = "/__api__/v1/oauth/integrations";

async function createIntegration(request: APIRequestContext, name: string, secret?: string) {
  const data = secret
    ? {
        name,
        template: "azure",
        config: {
          auth_mode: "Confidential",
          auth_type: "Viewer",
          client_id: "23a0078b-cd0d-489f-8e00-e5116c71db9b",
          client_secret: secret,
          scopes: "api://x/.default",
          tenant_id: "a0b52758-d0b5-4b27-a6c0-13ca07eabdd7",
        },
      }
    : { name, template: "connect", config: { max_role: "Viewer" } };
  const response = await request.post(BASE, { headers: { Authorization: `Key ${roleKeys().admin}` }, data });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as { guid: string };
}

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

test("paging, page size, jump, remembered columns, bulk delete and CSV export of the filter", async ({ page, request }) => {
  const prefix = unique("dt");
  const secret = unique("canary-csv-secret");
  await createIntegration(request, `${prefix} =HYPERLINK("http://evil.example","x")`, secret);
  await createIntegration(request, `${prefix} @SUM(A1)`);
  for (let i = 0; i < 11; i++) await createIntegration(request, `${prefix} item ${String(i).padStart(2, "0")}`);

  await signInAsAdmin(page);
  await page.goto(`/integrations?q=${encodeURIComponent(prefix)}&size=10`);
  const table = page.locator("#main").getByTestId("integrations-table");
  await expect(table.getByRole("row")).toHaveCount(11); // header + 10
  await expect(page.getByTestId("table-total")).toHaveText("1–10 of 13 integrations");

  // Numbered pages, then back with First; the filter stays.
  await page.getByRole("button", { name: "Page 2" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByTestId("table-total")).toHaveText("11–13 of 13 integrations");
  await page.getByRole("button", { name: "First page" }).click();
  await expect(page.getByTestId("table-total")).toHaveText("1–10 of 13 integrations");
  await page.getByLabel("Go to page").fill("2");
  await page.getByLabel("Go to page").press("Enter");
  await expect(page.getByTestId("table-total")).toHaveText("11–13 of 13 integrations");

  // Page size 25: one page.
  await page.getByRole("combobox", { name: "Rows per page" }).click();
  await page.getByRole("option", { name: "25" }).click();
  await expect(page.getByTestId("table-total")).toHaveText("1–13 of 13 integrations");
  await expect(page).not.toHaveURL(/page=/);

  // Sorting by auth type and back by name, server-side.
  await table.getByRole("button", { name: /^Name/ }).click();
  await expect(page).toHaveURL(/sort=-name/);
  await expect(table.getByRole("row").nth(1)).toContainText(`${prefix} item 10`);

  // Hide a column; it stays hidden after a reload.
  await expect(table.getByRole("columnheader", { name: "GUID" })).toBeVisible();
  await page.getByRole("button", { name: "Columns" }).click();
  await page.getByRole("menuitemcheckbox", { name: "GUID" }).click();
  await page.keyboard.press("Escape");
  await expect(table.getByRole("columnheader", { name: "GUID" })).toHaveCount(0);
  await page.reload();
  await expect(page.locator("#main").getByTestId("integrations-table").getByRole("columnheader", { name: "GUID" })).toHaveCount(0);

  // CSV export of the current filter: every row, no secret, formulas neutralised.
  const exportLink = page.getByRole("link", { name: "Export CSV" });
  const href = await exportLink.getAttribute("href");
  expect(href).toContain(`q=${encodeURIComponent(prefix).replace(/%20/g, "+")}`);
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text).not.toContain(secret);
  const rows = parseCsv(text.replace(/^\uFEFF/, ""));
  expect(rows[0]).toEqual(["guid", "name", "description", "template", "auth_type", "slug", "tags", "created_time", "updated_time", "secret_expires_time"]);
  expect(rows.length - 1).toBe(13);
  const names = rows.slice(1).map((r) => r[1]);
  expect(names).toContain(`${prefix} =HYPERLINK("http://evil.example","x")`);
  // A name that starts with = is exported as text:
  await createIntegration(request, `=cmd|' /C calc'!A0 ${prefix}`);
  const again = parseCsv((await (await page.request.get(href!)).text()).replace(/^\uFEFF/, ""));
  expect(again.length - 1).toBe(14);
  expect(again.slice(1).map((r) => r[1])).toContain(`'=cmd|' /C calc'!A0 ${prefix}`);
  expect(again.slice(1).every((r) => r.every((cell) => !/^[=+\-@]/.test(cell)))).toBe(true);

  // Bulk delete: select two rows, one confirmation naming both.
  await page.reload();
  const rowA = table.getByRole("row", { name: new RegExp(`${prefix} item 00`) });
  const rowB = table.getByRole("row", { name: new RegExp(`${prefix} item 01`) });
  await rowA.getByRole("checkbox").check();
  await rowB.getByRole("checkbox").check();
  await page.getByRole("button", { name: "Delete 2 selected" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("Delete 2 integrations?");
  await expect(confirm.getByTestId("bulk-delete-items")).toContainText(`${prefix} item 00`);
  await expect(confirm.getByTestId("bulk-delete-items")).toContainText(`${prefix} item 01`);
  await confirm.getByRole("button", { name: "Delete 2 integrations" }).click();
  await expect(confirm).toBeHidden();
  await expect(rowA).toHaveCount(0);
  await expect(rowB).toHaveCount(0);
  await expect(page.getByTestId("table-total")).toContainText("of 12 integrations");
});

test("audit log: From and To select the events inside the range; To before From is refused", async ({ page, request }) => {
  const name = unique("audit-range");
  const { guid } = await createIntegration(request, name);
  await signInAsAdmin(page);
  const byResource = `resourceType=integration&resourceId=${guid}`;
  const table = page.locator("#main").getByTestId("audit-table");

  const now = new Date();
  const minute = (offsetMinutes: number) => new Date(now.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 16);
  await page.goto(`/audit?${byResource}&from=${minute(-10)}&to=${minute(10)}`);
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText("integration.create");

  await page.goto(`/audit?${byResource}&from=2030-01-01T00%3A00`);
  await expect(page.getByText("No events match these filters")).toBeVisible();
  await page.goto(`/audit?${byResource}&to=2020-01-01T00%3A00`);
  await expect(page.getByText("No events match these filters")).toBeVisible();

  await page.goto(`/audit?${byResource}`);
  const filters = page.getByRole("search", { name: "Filter audit events" });
  await filters.getByLabel("From (UTC)").fill(minute(10));
  await filters.getByLabel("To (UTC)").fill(minute(-10));
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(filters.getByText("To must be the same as or after From")).toBeVisible();
  await expect(filters.getByLabel("To (UTC)")).toBeFocused();
  await expect(page).not.toHaveURL(/from=/);

  // The audit CSV holds the same events as the filter.
  await page.goto(`/audit?${byResource}`);
  const csv = await page.request.get(`/audit/export?${byResource}`);
  const rows = parseCsv((await csv.text()).replace(/^\uFEFF/, ""));
  expect(rows.slice(1).map((r) => r[4])).toEqual(["integration.create"]);
});
