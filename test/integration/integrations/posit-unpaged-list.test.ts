// Posit's unpaged list at a size where one bind parameter per row used to fail (PostgreSQL takes
// at most 65,535; Prisma's `in` over every guid broke above ~32,000 integrations).
import { describe, expect, it } from "vitest";
import { toPositIntegration } from "@/lib/dialects/posit/integrations";
import { db } from "@/lib/server/db/client";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { listAllIntegrations } from "@/lib/server/integrations/list-integrations";
import { jsonArrayResponse, STREAM_BATCH_SIZE } from "@/lib/server/pagination/stream";
import type { Actor } from "@/lib/server/auth/actor";
import { context, createTeam } from "../../support/fixtures";

/** Set-based seeding: `count` integrations in one statement, a secret on every 7th. */
async function seed(organizationId: string, count: number) {
  await db.$executeRaw`
    INSERT INTO integrations (guid, organization_id, name, template, auth_type, config)
    SELECT gen_random_uuid(), ${organizationId}::uuid, 'Integration ' || n, 'custom', 'Viewer', '{}'::jsonb FROM generate_series(1, ${count}) n`;
  await db.$executeRaw`
    INSERT INTO secrets (id, organization_id, resource_type, resource_id, field, key_id, wrapped_key, ciphertext, updated_at)
    SELECT gen_random_uuid(), ${organizationId}::uuid, 'integration', guid::text, 'client_secret', 'k', '\\x00', '\\x00', now()
      FROM integrations WHERE organization_id = ${organizationId}::uuid AND id % 7 = 0
    ON CONFLICT DO NOTHING`; // the real one has its own
  await db.$executeRaw`ANALYZE integrations, secrets`; // as autovacuum would after a bulk load
}

const createReal = (admin: Actor) =>
  createIntegration(
    admin,
    {
      name: "Real",
      template: "azure",
      config: { auth_mode: "Confidential", auth_type: "Viewer", client_id: "c", client_secret: "s", scopes: "openid", tenant_id: "a0b52758-d0b5-4b27-a6c0-13ca07eabdd7" },
    },
    context(),
  );

describe("listAllIntegrations (Posit's unpaged list)", () => {
  it("reads 40,000 integrations in id-ordered batches with their secret statuses", async () => {
    const { organization, admin, publisher } = await createTeam();
    const first = await createReal(admin);
    await seed(organization.id, 40_000);
    const withSecret = new Set((await db.secret.findMany({ where: { organizationId: organization.id }, select: { resourceId: true } })).map((s) => s.resourceId));

    const seen: bigint[] = [];
    for await (const batch of await listAllIntegrations(publisher, context())) {
      expect(batch.length).toBeLessThanOrEqual(STREAM_BATCH_SIZE);
      for (const dto of batch) {
        seen.push(BigInt(dto.id));
        expect(!!dto.secrets.client_secret).toBe(withSecret.has(dto.guid));
      }
    }
    expect(seen).toHaveLength(40_001);
    expect(String(seen[0])).toBe(first.id);
    expect(seen.every((id, k) => k === 0 || id > seen[k - 1])).toBe(true);
  }, 60_000);

  it("streams a JSON array across batch boundaries, [] when empty, and refuses a viewer before streaming", async () => {
    const { organization, admin, publisher, viewer } = await createTeam();
    const empty = await jsonArrayResponse(await listAllIntegrations(publisher, context()), (dto) => dto);
    expect(await empty.text()).toBe("[]");

    await createReal(admin);
    await seed(organization.id, STREAM_BATCH_SIZE * 2 + 1);
    const response = await jsonArrayResponse(await listAllIntegrations(admin, context()), (dto) => toPositIntegration(dto, admin));
    expect(response.headers.get("content-type")).toBe("application/json");
    const items = JSON.parse(await response.text()) as { name: string; content_count: number }[];
    expect(items).toHaveLength(STREAM_BATCH_SIZE * 2 + 2);
    expect(items[0]).toMatchObject({ name: "Real", content_count: 0 });
    expect(items.at(-1)).toMatchObject({ name: `Integration ${STREAM_BATCH_SIZE * 2 + 1}` });

    await expect(listAllIntegrations(viewer, context())).rejects.toMatchObject({ status: 403 });
  });
});
