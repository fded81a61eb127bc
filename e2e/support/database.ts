// Direct read access to the e2e console's embedded PostgreSQL, for assertions about what was
// stored (audit rows, ciphertexts) — never to set up state behind the app's back.
import pg from "pg";
import { runningDatabaseUrl } from "../../scripts/lib/embedded-postgres";
import { E2E_DATA_DIR } from "./cli";

export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>, dataDir = E2E_DATA_DIR): Promise<T> {
  const url = await runningDatabaseUrl(dataDir);
  if (!url) throw new Error(`no database is running on ${dataDir}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every row of a table as text, to search for something that must not be there. */
export async function tableText(table: "audit_events" | "secrets" | "integrations" | "oauth_apps" | "oauth_profiles" | "oauth_credentials" | "content_session_tokens" | "webhook_events" | "webhook_deliveries" | "webhook_attempts"): Promise<string> {
  return withDatabase(async (client) => {
    const { rows } = await client.query(`SELECT t::text AS row FROM ${table} t`);
    return rows.map((r) => r.row).join("\n");
  });
}
