// Integration tests run against a real PostgreSQL: a fresh embedded cluster in a temp directory,
// migrated exactly as `npm start` migrates. Workers inherit DATABASE_URL and the master key.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { env, setEnv } from "../../lib/env";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { runMigrations } from "../../scripts/lib/migrate";

export default async function setup() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ic-test-db-"));
  const db = await startEmbeddedPostgres(dir);
  setEnv("DATABASE_URL", db.url);
  if (!env.masterKey()) setEnv("CONSOLE_MASTER_KEY", randomBytes(32).toString("base64"));
  setEnv("CONSOLE_ALLOW_PRIVATE_NETWORK", "true");
  await runMigrations(db.url);
  return async () => {
    await db.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
