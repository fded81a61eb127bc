// Direct read access to the e2e console's embedded PostgreSQL, for assertions about what was
// stored (audit rows, ciphertexts) — never to set up state behind the app's back.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { E2E_DATA_DIR } from "./cli";

export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const port = Number(readFileSync(path.join(E2E_DATA_DIR, "postgres/postmaster.pid"), "utf8").split("\n")[3]);
  const password = readFileSync(path.join(E2E_DATA_DIR, "postgres.password"), "utf8").trim();
  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database: "console" });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every row of a table as text, to search for something that must not be there. */
export async function tableText(table: "audit_events" | "secrets" | "integrations"): Promise<string> {
  return withDatabase(async (client) => {
    const { rows } = await client.query(`SELECT t::text AS row FROM ${table} t`);
    return rows.map((r) => r.row).join("\n");
  });
}
