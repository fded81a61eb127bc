// The console list's pages: keyset next/previous, jumps, the last page, natural name order and
// cheap counts, checked against an order computed here (not by the database).
import { describe, expect, it } from "vitest";
import type { IntegrationListQuery } from "@/lib/schemas/integrations";
import { db, Prisma } from "@/lib/server/db/client";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { INTEGRATIONS_PAGE_SIZE, searchIntegrations } from "@/lib/server/integrations/list-integrations";
import { updateIntegration } from "@/lib/server/integrations/update-integration";
import { col, decodeCursor, encodeCursor, keysetPage, sortOrder } from "@/lib/server/pagination/keyset-page";
import type { Actor } from "@/lib/server/auth/actor";
import { context, createTeam } from "../../support/fixtures";

const N = 312; // 13 pages, the last one partial
const TEMPLATES = ["aws", "azure", "custom", "github"];

/** Integration n: name "Integration n", updated n seconds after a fixed time, template by n % 4. */
async function seed(organizationId: string) {
  await db.$executeRaw`
    INSERT INTO integrations (guid, organization_id, name, description, template, auth_type, updated_at)
    SELECT gen_random_uuid(), ${organizationId}::uuid, 'Integration ' || n, 'Number ' || n || CASE WHEN n % 100 = 0 THEN ' 50%_off' ELSE '' END,
           (${TEMPLATES}::text[])[1 + n % 4], CASE WHEN n % 3 = 0 THEN 'Service Account' ELSE 'Viewer' END,
           timestamp '2026-01-01' + n * interval '1 second'
      FROM generate_series(1, ${N}) n`;
}

const numberOf = (name: string) => Number(name.replace("Integration ", ""));
const base: IntegrationListQuery = { q: "", template: "", authType: "", tag: "", sort: "name", page: 1, cursor: "" };

async function walk(actor: Actor, query: IntegrationListQuery) {
  const pages: number[][] = [];
  let page = await searchIntegrations(actor, query, context());
  for (;;) {
    pages.push(page.items.map((i) => numberOf(i.name)));
    if (!page.cursors.next) return { pages, last: page };
    page = await searchIntegrations(actor, { ...query, page: page.page + 1, cursor: page.cursors.next }, context());
  }
}

describe("keyset pagination (integrations console list)", () => {
  it("walks every order forward and back by cursor, and jumps land on the same pages", async () => {
    const { organization, admin } = await createTeam();
    await seed(organization.id);
    const all = Array.from({ length: N }, (_, k) => k + 1);
    const byTemplate = (a: number, b: number) => TEMPLATES[a % 4].localeCompare(TEMPLATES[b % 4]) || a - b;
    const expected: Record<string, number[]> = {
      name: all,
      "-name": [...all].reverse(),
      updated: all,
      "-updated": [...all].reverse(),
      template: [...all].sort(byTemplate),
      "-template": [...all].sort(byTemplate).reverse(),
    };
    for (const [sort, order] of Object.entries(expected)) {
      const query = { ...base, sort: sort as IntegrationListQuery["sort"] };
      const { pages, last } = await walk(admin, query);
      expect(pages.flat(), sort).toEqual(order);
      expect(pages).toHaveLength(Math.ceil(N / INTEGRATIONS_PAGE_SIZE));
      expect(last).toMatchObject({ total: N, totalExact: true, pageCount: pages.length, page: pages.length });

      // Back from the last page by "previous" cursors.
      let page = last;
      for (let p = pages.length - 1; p >= 1; p -= 3) {
        // Several steps back at a time would need their cursors: step one by one, compare every 3rd.
        while (page.page > p) page = await searchIntegrations(admin, { ...query, page: page.page - 1, cursor: page.cursors.prev ?? "" }, context());
        expect(page.items.map((i) => numberOf(i.name)), `${sort} back to ${p}`).toEqual(pages[p - 1]);
      }
      // Jumps (no cursor): near the start, the middle, near the end, the last page.
      for (const p of [2, 5, 7, 9, 12, 13]) {
        const jumped = await searchIntegrations(admin, { ...query, page: p }, context());
        expect(jumped.items.map((i) => numberOf(i.name)), `${sort} jump to ${p}`).toEqual(pages[p - 1]);
      }
      // Past the end: nothing, the page count still right.
      expect(await searchIntegrations(admin, { ...query, page: 14 }, context())).toMatchObject({ items: [], pageCount: 13 });
    }
  }, 120_000);

  it("sorts names naturally, searches with literal % and _, and ignores a forged or foreign cursor", async () => {
    const { organization, admin } = await createTeam();
    await seed(organization.id);
    const first = await searchIntegrations(admin, base, context());
    expect(first.items.slice(0, 11).map((i) => i.name)).toEqual(Array.from({ length: 11 }, (_, k) => `Integration ${k + 1}`));

    const search = await searchIntegrations(admin, { ...base, q: "50%_" }, context());
    expect(search.items.map((i) => numberOf(i.name))).toEqual([100, 200, 300]);
    const matching = Array.from({ length: N }, (_, k) => k + 1).filter((n) => String(n).startsWith("12") && n % 3 === 0);
    const filtered = await searchIntegrations(admin, { ...base, q: "ber 12", authType: "Service Account" }, context());
    expect(filtered.items.map((i) => numberOf(i.name))).toEqual(matching);
    expect(filtered.total).toBe(matching.length);

    const third = await searchIntegrations(admin, { ...base, page: 3 }, context());
    for (const cursor of ["not-a-cursor", encodeCursor({ p: 3, d: "a", k: ["x"] }), first.cursors.next ?? ""]) {
      // Wrong shape, wrong arity, or a cursor of another page: the page is found as a jump.
      expect((await searchIntegrations(admin, { ...base, page: 3, cursor }, context())).items).toEqual(third.items);
    }
    expect(decodeCursor(first.cursors.next)).toMatchObject({ p: 2, d: "a" });
  }, 60_000);

  it("sorts by when the secrets last changed (none first), and a replaced secret moves its integration", async () => {
    const { admin } = await createTeam();
    const azure = (name: string, secret: string) => ({ name, template: "azure", config: { auth_mode: "Confidential", auth_type: "Viewer", client_id: "23a0078b-cd0d-489f-8e00-e5116c71db9b", client_secret: secret, scopes: "api://x/.default", tenant_id: "a0b52758-d0b5-4b27-a6c0-13ca07eabdd7" } });
    const first = await createIntegration(admin, azure("Rotated first", "s-1"), context());
    await createIntegration(admin, azure("Rotated second", "s-2"), context());
    await createIntegration(admin, { name: "No secret", template: "connect", config: { max_role: "Viewer" } }, context());
    const order = async (sort: IntegrationListQuery["sort"]) => (await searchIntegrations(admin, { ...base, sort }, context())).items.map((i) => i.name);
    expect(await order("secrets")).toEqual(["No secret", "Rotated first", "Rotated second"]);
    expect(await order("-secrets")).toEqual(["Rotated second", "Rotated first", "No secret"]);
    await updateIntegration(admin, first.guid, { name: first.name, description: "", config: { ...azure("", "s-3").config } }, {}, context());
    expect(await order("secrets")).toEqual(["No secret", "Rotated second", "Rotated first"]);
    // Keyset pages over it agree with the whole order.
    const page1 = await searchIntegrations(admin, { ...base, sort: "secrets", size: 10 }, context());
    expect(page1.items.map((i) => i.name)).toEqual(["No secret", "Rotated second", "Rotated first"]);
  });

  it("counts exactly up to the threshold and estimates above it, saying so", async () => {
    const { organization } = await createTeam();
    await seed(organization.id);
    await db.$executeRaw`ANALYZE integrations`;
    const query = {
      select: Prisma.sql`i.id, i.name`,
      from: Prisma.sql`integrations i`,
      where: [Prisma.sql`i.organization_id = ${organization.id}::uuid`],
      order: sortOrder("asc", [col(Prisma.sql`i.name`, "name", "text"), col(Prisma.sql`i.id`, "id", "bigint")]),
    };
    const exact = await keysetPage({ ...query, request: { page: 1, size: 10 }, countThreshold: 5_000 });
    expect(exact).toMatchObject({ total: N, totalExact: true, pageCount: 32 });
    const estimated = await keysetPage({ ...query, request: { page: 1, size: 10 }, countThreshold: 100 });
    expect(estimated.totalExact).toBe(false);
    expect(estimated.total).toBeGreaterThan(100);
    // "Last" with an estimated total is read backwards from the end: it ends with the last row.
    const last = await keysetPage<{ name: string }>({ ...query, request: { page: estimated.pageCount, size: 10 }, countThreshold: 100 });
    expect(last.items.at(-1)?.name).toBe(`Integration ${N}`);
    expect(last.cursors.next).toBeNull();
  });
});
