// DATABASE_URL when given (any PostgreSQL server), else the embedded one in the data directory.
import { env, setEnv } from "../../lib/env";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";

export async function resolveDatabase(log: (m: string) => void, options: { reuseRunning?: boolean } = {}): Promise<EmbeddedDatabase & { embedded: boolean }> {
  const given = env.databaseUrl();
  if (given) return { url: given, stop: async () => {}, embedded: false };
  const database = await startEmbeddedPostgres(env.dataDir(), log, options);
  setEnv("DATABASE_URL", database.url);
  return { ...database, embedded: true };
}
