// What the database holds, for "nothing changed": a digest of every table the API writes (all but
// the audit log and its signed head, rate limits, API keys' last-use times and the exchange counts, which are written in
// the background a moment after the exchanges they count, and webhook deliveries and their attempts, which the delivery
// worker writes whenever an earlier cell's event comes due), and the audit log's newest id. The events a request
// queues (webhook_events) stay tracked: a refused request must not queue one.
import { withDatabase } from "../database";

const UNTRACKED = ["audit_events", "audit_heads", "rate_limits", "api_keys", "exchange_counts", "webhook_deliveries", "webhook_attempts", "_prisma_migrations"];

let tables: string[] | undefined;

export async function fingerprint(): Promise<Record<string, string>> {
  return withDatabase(async (client) => {
    tables ??= (
      await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`)
    ).rows
      .map((r) => r.table_name as string)
      .filter((t) => !UNTRACKED.includes(t));
    const sums: Record<string, string> = {};
    const { rows } = await client.query(tables.map((t) => `SELECT '${t}' AS t, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS sum FROM "${t}" x`).join(" UNION ALL "));
    for (const row of rows) sums[row.t] = row.sum;
    return sums;
  });
}

export const lastAuditId = () => withDatabase(async (c) => Number((await c.query("SELECT coalesce(max(id), 0) AS id FROM audit_events")).rows[0].id));

/** Denied events since `afterId` by the user with this email for this permission. */
export const deniedSince = (afterId: number, email: string, permission: string) =>
  withDatabase(async (c) =>
    Number(
      (
        await c.query(
          `SELECT count(*)::int AS n FROM audit_events a JOIN users u ON u.id = a.actor_id WHERE a.id > $1 AND a.outcome = 'denied' AND u.email = $2 AND a.action = $3`,
          [afterId, email, permission],
        )
      ).rows[0].n,
    ),
  );

export const organisationIds = () =>
  withDatabase(async (c) => Object.fromEntries((await c.query("SELECT slug, id FROM organizations")).rows.map((r) => [r.slug as string, r.id as string])));

/** Every audit event since `afterId`, as `action outcome by email` (email empty without an actor). */
export const auditSince = (afterId: number) =>
  withDatabase(async (c) =>
    (
      await c.query(`SELECT a.action, a.outcome, coalesce(u.email, '') AS email FROM audit_events a LEFT JOIN users u ON u.id = a.actor_id WHERE a.id > $1 ORDER BY a.id`, [afterId])
    ).rows.map((r) => `${r.action} ${r.outcome} by ${r.email || "nobody"}`),
  );
