// A restart skips Prisma's CLI when the database already records every migration as applied
// (scripts/lib/migrate.ts); anything else — a new database, a migration added to the directory, a
// failed attempt — still goes to `migrate deploy`.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { databaseUrl } from "@/lib/env";
import { pendingMigrations, runMigrations } from "../../../scripts/lib/migrate";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../../prisma/migrations");
const scratch = mkdtempSync(path.join(os.tmpdir(), "ic-migrations-"));
const withDatabase = (name: string) => {
  const url = new URL(databaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
};

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("pendingMigrations", () => {
  it("finds nothing to do on the migrated database, and names a migration added to the directory", async () => {
    expect(await pendingMigrations(databaseUrl())).toEqual([]);
    const dir = path.join(scratch, "added");
    cpSync(MIGRATIONS, dir, { recursive: true });
    mkdirSync(path.join(dir, "29991231000000_later"));
    writeFileSync(path.join(dir, "29991231000000_later", "migration.sql"), "SELECT 1;");
    expect(await pendingMigrations(databaseUrl(), dir)).toEqual(["29991231000000_later"]);
  });

  it("lists every migration on a new database, which runMigrations then applies; a failed attempt is pending", async () => {
    const name = `migrations_${process.pid}_${Date.now()}`;
    await admin(`CREATE DATABASE ${name}`);
    try {
      const url = withDatabase(name);
      const all = readdirSync(MIGRATIONS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
      expect((await pendingMigrations(url)).sort()).toEqual(all.sort());
      await runMigrations(url);
      expect(await pendingMigrations(url)).toEqual([]);

      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(
          "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES ('failed', 'x', '29991231000000_broken', now(), 0)",
        );
      } finally {
        await client.end();
      }
      expect(await pendingMigrations(url)).toEqual(["29991231000000_broken"]);
    } finally {
      await admin(`DROP DATABASE ${name} WITH (FORCE)`);
    }
  }, 120_000);
});
