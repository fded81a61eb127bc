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
    // Applied: finished and not rolled back. A failed attempt (unfinished, not rolled back) stays
    // pending — under its own name even if its directory is gone — so the CLI reports it.
    const { rows } = await client.query<{ migration_name: string; finished: boolean }>(
      "SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations WHERE rolled_back_at IS NULL",
    );
    const applied = new Set(rows.filter((r) => r.finished).map((r) => r.migration_name));
    const failed = rows.filter((r) => !r.finished).map((r) => r.migration_name);
    return [...new Set([...names.filter((n) => !applied.has(n)), ...failed])];
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
