// Set-based seeding of the bench's throwaway database: one INSERT … SELECT generate_series per
// table, so 100,000 rows of every listed resource and 1,000,000 audit events take seconds, not
// hours of API calls. Every list endpoint of every dialect then has `rows` rows in one organisation.
import pg from "pg";

export type SeedCounts = { rows: number; auditEvents: number };

const TEMPLATES = ["azure", "aws", "custom", "github", "snowflake", "salesforce", "databricks", "bigquery"];
const ACTIONS = ["integration.create", "integration.update", "integration.delete", "integration.verify", "user.create", "user.changeRole", "apiKey.create", "apiKey.revoke"];

/** One statement per table; `say` reports each table's seconds. */
export async function seed(url: string, ctx: { organizationId: string; userId: string }, counts: SeedCounts, say: (m: string) => void) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const step = async (label: string, sql: string, params: unknown[]) => {
    const started = performance.now();
    const { rowCount } = await client.query(sql, params);
    say(`seeded ${rowCount} ${label} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  const { organizationId: org, userId } = ctx;
  try {
    await step(
      "integrations",
      `INSERT INTO integrations (guid, organization_id, name, description, template, auth_type, config, created_at, updated_at)
       SELECT gen_random_uuid(), $1::uuid, 'Integration ' || n, 'Seeded integration number ' || n, ($2::text[])[1 + n % cardinality($2::text[])],
              (ARRAY['Viewer', 'Service Account', 'Visitor API Key'])[1 + n % 3], jsonb_build_object('client_id', 'client-' || n),
              now() - make_interval(secs => n), now() - make_interval(secs => (n * 7919) % 100000)
         FROM generate_series(1, $3::int) n`,
      [org, TEMPLATES, counts.rows],
    );
    // Half of them with a stored client secret, so the secret-status lookups have rows to find.
    await step(
      "integration secrets",
      `INSERT INTO secrets (id, organization_id, resource_type, resource_id, field, key_id, wrapped_key, ciphertext, updated_at)
       SELECT gen_random_uuid(), organization_id, 'integration', guid::text, 'client_secret', 'bench', '\\x00', '\\x00', now()
         FROM integrations WHERE organization_id = $1::uuid AND id % 2 = 0
       ON CONFLICT DO NOTHING`,
      [org],
    );
    await step(
      "OAuth apps",
      `INSERT INTO oauth_apps (organization_id, name, data_store, client_id, authorize_uri, token_uri, scope)
       SELECT $1::uuid, 'OAuth app ' || n, 63, 'client-' || n, 'https://idp.example.com/authorize', 'https://idp.example.com/token', 'api'
         FROM generate_series(1, $2::int) n`,
      [org, counts.rows],
    );
    await step(
      "OAuth profiles",
      `INSERT INTO oauth_profiles (organization_id, owner_id, oauth_app_id, name)
       SELECT $1::uuid, $2::uuid, a.id, 'Profile_' || a.id FROM oauth_apps a WHERE a.organization_id = $1::uuid`,
      [org, userId],
    );
    await step(
      "Switchboard apps",
      `INSERT INTO apps (id, organization_id, name, server_name, server_url)
       SELECT gen_random_uuid(), $1::uuid, 'App ' || n, 'api', 'https://api' || n || '.example.com' FROM generate_series(1, $2::int) n`,
      [org, counts.rows],
    );
    await step(
      "Switchboard connections",
      `INSERT INTO connections (id, credential_id, organization_id, app_id, name, auth_type, data, created_at, updated_at)
       SELECT gen_random_uuid(), gen_random_uuid(), $1::uuid, 'generic-rest', 'Connection ' || n, 'apikey', '{}'::jsonb, now() - make_interval(secs => n), now() - make_interval(secs => n)
         FROM generate_series(1, $2::int) n`,
      [org, counts.rows],
    );
    await step(
      "Switchboard boards",
      `INSERT INTO boards (id, organization_id, name, created_at) SELECT gen_random_uuid(), $1::uuid, 'Board ' || n, now() - make_interval(secs => n) FROM generate_series(1, $2::int) n`,
      [org, counts.rows],
    );
    // Oldest first, one a second: a day is 86,400 events. Every 97th is a refusal.
    await step(
      "audit events",
      `INSERT INTO audit_events (organization_id, actor_label, action, outcome, resource_type, resource_id, created_at, prev_hash, hash)
       SELECT $1::uuid, 'user' || (n % 50) || '@example.com', ($2::text[])[1 + n % cardinality($2::text[])],
              CASE WHEN n % 97 = 0 THEN 'denied' ELSE 'success' END, split_part(($2::text[])[1 + n % cardinality($2::text[])], '.', 1),
              'resource-' || (n % 20000), now() - make_interval(secs => $3::int - n), 'seed', 'seed-' || n
         FROM generate_series(1, $3::int) n`,
      [org, ACTIONS, counts.auditEvents],
    );
    const started = performance.now();
    await client.query("VACUUM ANALYZE"); // what autovacuum does after a bulk load
    say(`VACUUM ANALYZE in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}
