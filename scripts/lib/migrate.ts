// Applies Prisma migrations (`migrate deploy`) in a child process, as start-up and tests do — unless
// the database already records every migration of prisma/migrations as applied: then there is
// nothing to deploy, and the CLI's own start (≈ 1.6 s here) is most of a restart's time.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { env } from "../../lib/env";

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, "../..");
const MIGRATIONS = path.join(root, "prisma/migrations");

/** The migrations of prisma/migrations the database has not applied (all of them on a new database). */
export async function pendingMigrations(databaseUrl: string, dir = MIGRATIONS): Promise<string[]> {
  const names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: table } = await client.query<{ found: string | null }>("SELECT to_regclass('_prisma_migrations')::text AS found");
    if (!table[0].found) return names;
    // A failed attempt (finished_at NULL, not rolled back) counts as pending: the CLI reports it.
    const { rows } = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const { rows: failed } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NULL AND rolled_back_at IS NULL");
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = names.filter((n) => !applied.has(n));
    return failed[0].n > 0 && pending.length === 0 ? ["(a failed migration)"] : pending;
  } finally {
    await client.end();
  }
}

export async function runMigrations(databaseUrl: string): Promise<void> {
  if ((await pendingMigrations(databaseUrl)).length === 0) return;
  const cli = require.resolve("prisma/build/index.js");
  const output: Buffer[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--require", path.join(root, "scripts/lib/unref-long-timers.cjs"), cli, "migrate", "deploy"],
      { cwd: root, env: { ...env.snapshot(), DATABASE_URL: databaseUrl }, stdio: ["ignore", "pipe", "pipe"] },
    );
    child.stdout.on("data", (c: Buffer) => output.push(c));
    child.stderr.on("data", (c: Buffer) => output.push(c));
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) {
    // The CLI's output names the failing migration; it never holds a secret (the URL is in env).
    throw new Error(`database migration failed (exit ${code}):\n${Buffer.concat(output).toString()}`);
  }
}
