// `integrations.secrets_changed_at` is kept by statement-level triggers on `secrets`: whatever writes
// a secret — one service call or a bulk import of thousands in one statement — leaves each touched
// integration at min(updated_at) of its secrets, or '0001-01-01' with none, and nothing else moves.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createTeam } from "../../support/fixtures";

const NONE = new Date("0001-01-01T00:00:00Z").getTime();

async function seedIntegrations(organizationId: string, n: number) {
  await db.$executeRaw`
    INSERT INTO integrations (guid, organization_id, name, description, template, auth_type)
    SELECT gen_random_uuid(), ${organizationId}::uuid, 'Trigger ' || n, '', 'custom', 'Viewer' FROM generate_series(1, ${n}::int) n`;
  return db.$queryRaw<{ guid: string; n: number }[]>`
    SELECT guid::text, split_part(name, ' ', 2)::int AS n FROM integrations WHERE organization_id = ${organizationId}::uuid ORDER BY n`;
}

const changedAt = async (organizationId: string) =>
  new Map(
    (await db.$queryRaw<{ n: number; at: Date }[]>`
      SELECT split_part(name, ' ', 2)::int AS n, secrets_changed_at AS at FROM integrations WHERE organization_id = ${organizationId}::uuid`).map((r) => [r.n, r.at.getTime()]),
  );

describe("integrations.secrets_changed_at", () => {
  it("follows bulk inserts, updates and deletes of secrets in one statement each", async () => {
    const { organization } = await createTeam();
    const org = organization.id;
    const rows = await seedIntegrations(org, 2_000);
    // Bulk: two fields for every even integration, the second one older (the min wins).
    await db.$executeRaw`
      INSERT INTO secrets (id, organization_id, resource_type, resource_id, field, key_id, wrapped_key, ciphertext, updated_at)
      SELECT gen_random_uuid(), ${org}::uuid, 'integration', i.guid::text, f.field, 'k', '\\x00', '\\x00', TIMESTAMP '2026-01-01' + make_interval(secs => f.offs + split_part(i.name, ' ', 2)::int)
        FROM integrations i CROSS JOIN (VALUES ('client_secret', 100000), ('private_key', 0)) f(field, offs)
       WHERE i.organization_id = ${org}::uuid AND split_part(i.name, ' ', 2)::int % 2 = 0`;
    let at = await changedAt(org);
    for (const { n } of rows) expect(at.get(n)).toBe(n % 2 === 0 ? Date.UTC(2026, 0, 1) + n * 1000 : NONE);

    // A non-integration secret with a non-uuid id is accepted and moves no integration.
    await db.$executeRaw`
      INSERT INTO secrets (id, organization_id, resource_type, resource_id, field, key_id, wrapped_key, ciphertext, updated_at)
      VALUES (gen_random_uuid(), ${org}::uuid, 'connection', 'not-a-uuid', 'apiKey', 'k', '\\x00', '\\x00', now())`;

    // Bulk update: the older field of every 4th integration is rewritten now → its min moves.
    const before = Date.now() - 60_000;
    await db.$executeRaw`
      UPDATE secrets s SET updated_at = now() FROM integrations i
       WHERE s.resource_type = 'integration' AND s.resource_id = i.guid::text AND s.field = 'private_key'
         AND i.organization_id = ${org}::uuid AND split_part(i.name, ' ', 2)::int % 4 = 0`;
    // An update that changes no timestamp (a re-encryption) moves nothing.
    await db.$executeRaw`UPDATE secrets SET key_id = 'k2' WHERE organization_id = ${org}::uuid`;
    at = await changedAt(org);
    for (const { n } of rows) {
      if (n % 4 === 0) expect(at.get(n)).toBe(Date.UTC(2026, 0, 1) + (100_000 + n) * 1000);
      else expect(at.get(n)).toBe(n % 2 === 0 ? Date.UTC(2026, 0, 1) + n * 1000 : NONE);
    }

    // Bulk delete: every secret of integrations ≡ 2 mod 4 → back to "no secret"; one field of the rest.
    await db.$executeRaw`
      DELETE FROM secrets s USING integrations i
       WHERE s.resource_type = 'integration' AND s.resource_id = i.guid::text
         AND i.organization_id = ${org}::uuid AND split_part(i.name, ' ', 2)::int % 4 = 2`;
    await db.$executeRaw`
      DELETE FROM secrets s USING integrations i
       WHERE s.resource_type = 'integration' AND s.resource_id = i.guid::text AND s.field = 'client_secret'
         AND i.organization_id = ${org}::uuid AND split_part(i.name, ' ', 2)::int % 4 = 0`;
    at = await changedAt(org);
    const now = Date.now();
    for (const { n } of rows) {
      if (n % 4 === 0) {
        expect(at.get(n)).toBeGreaterThan(before);
        expect(at.get(n)).toBeLessThanOrEqual(now + 5_000);
      } else expect(at.get(n)).toBe(NONE);
    }
  }, 60_000);

  it("keeps each integration's secret statuses equal to its secrets, through inserts, expiry changes, moves and deletes", async () => {
    const { organization } = await createTeam();
    const org = organization.id;
    await seedIntegrations(org, 300);
    // What the column must always say: the statuses computed from `secrets` now.
    const mismatches = async () =>
      db.$queryRaw<{ n: number }[]>`
        SELECT split_part(i.name, ' ', 2)::int AS n FROM integrations i
         WHERE i.organization_id = ${org}::uuid
           AND i.secret_statuses IS DISTINCT FROM COALESCE((
             SELECT jsonb_object_agg(s.field, jsonb_build_object('u', to_char(s.updated_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'e', to_char(s.expires_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
               FROM secrets s WHERE s.resource_type = 'integration' AND s.resource_id = i.guid::text), '{}'::jsonb)`;
    const statuses = async (n: number) =>
      (await db.$queryRaw<{ s: Record<string, { u: string; e: string | null }> }[]>`
        SELECT secret_statuses AS s FROM integrations WHERE organization_id = ${org}::uuid AND name = ${`Trigger ${n}`}`)[0].s;

    await db.$executeRaw`
      INSERT INTO secrets (id, organization_id, resource_type, resource_id, field, key_id, wrapped_key, ciphertext, updated_at, expires_at)
      SELECT gen_random_uuid(), ${org}::uuid, 'integration', i.guid::text, f.field, 'k', '\\x00', '\\x00', TIMESTAMP '2026-01-01', CASE WHEN f.field = 'client_secret' THEN TIMESTAMP '2027-06-30' END
        FROM integrations i CROSS JOIN (VALUES ('client_secret'), ('private_key')) f(field)
       WHERE i.organization_id = ${org}::uuid AND split_part(i.name, ' ', 2)::int % 3 = 0`;
    expect(await statuses(3)).toEqual({
      client_secret: { u: "2026-01-01T00:00:00.000Z", e: "2027-06-30T00:00:00.000Z" },
      private_key: { u: "2026-01-01T00:00:00.000Z", e: null },
    });
    expect(await statuses(4)).toEqual({});

    // An expiry set or cleared without rewriting the secret (updated_at unchanged) is seen.
    await db.$executeRaw`
      UPDATE secrets s SET expires_at = CASE WHEN s.expires_at IS NULL THEN TIMESTAMP '2028-01-01' END FROM integrations i
       WHERE s.resource_type = 'integration' AND s.resource_id = i.guid::text AND i.organization_id = ${org}::uuid AND split_part(i.name, ' ', 2)::int % 6 = 0`;
    expect(await statuses(6)).toEqual({
      client_secret: { u: "2026-01-01T00:00:00.000Z", e: null },
      private_key: { u: "2026-01-01T00:00:00.000Z", e: "2028-01-01T00:00:00.000Z" },
    });
    // A renamed field, and a secret moved from one integration to another.
    await db.$executeRaw`
      UPDATE secrets s SET field = 'signing_key' FROM integrations i
       WHERE s.resource_type = 'integration' AND s.resource_id = i.guid::text AND s.field = 'private_key' AND i.organization_id = ${org}::uuid AND i.name = 'Trigger 9'`;
    await db.$executeRaw`
      UPDATE secrets s SET resource_id = (SELECT guid::text FROM integrations WHERE organization_id = ${org}::uuid AND name = 'Trigger 10')
        FROM integrations i WHERE s.resource_type = 'integration' AND s.resource_id = i.guid::text AND s.field = 'client_secret' AND i.organization_id = ${org}::uuid AND i.name = 'Trigger 12'`;
    expect(Object.keys(await statuses(9)).sort()).toEqual(["client_secret", "signing_key"]);
    expect(Object.keys(await statuses(10))).toEqual(["client_secret"]);
    expect(Object.keys(await statuses(12))).toEqual(["private_key"]);
    expect(await mismatches()).toEqual([]);

    await db.$executeRaw`
      DELETE FROM secrets s USING integrations i
       WHERE s.resource_type = 'integration' AND s.resource_id = i.guid::text AND i.organization_id = ${org}::uuid AND split_part(i.name, ' ', 2)::int % 2 = 0`;
    expect(await statuses(6)).toEqual({});
    expect(Object.keys(await statuses(3)).sort()).toEqual(["client_secret", "private_key"]);
    expect(await mismatches()).toEqual([]);
  }, 60_000);
});
