import "server-only";
// Prepared statements for the API hot path (an authenticated read by id, polled by clients).
// Measured here on one GET-by-guid statement: Prisma's $queryRaw cost ≈ 1.4 ms of Node CPU per
// call and PostgreSQL planned it afresh each time (unnamed statement); the same SQL as a named
// statement costs a fraction of that and is planned once per connection. The driver is
// postgres.js, whose per-query JavaScript (bind, parse, pool) is a third of node-postgres's on
// these reads. Only for a few fixed, hot statements; everything else stays on Prisma.
//
// Statements are written with Prisma.sql (so they share fragments such as INTEGRATION_COLUMNS), or
// as `{ text, values }` with $n placeholders, and `param("name")` marks where each call's values
// go. Rows keep Prisma's types: TIMESTAMP columns are UTC instants (a driver would read them in the
// server's local zone), int8 is a BigInt.
import postgres from "postgres";
import { databaseUrl } from "@/lib/env";

const TIMESTAMP = 1114; // timestamp without time zone
const INT8 = 20;

type Sql = postgres.Sql<Record<string, unknown>>;
const globalForPool = globalThis as unknown as { preparedSql?: Sql };

function sql(): Sql {
  // Few connections: each hot statement is well under a millisecond in PostgreSQL, and every
  // instance also holds Prisma's pool (10) and the auth cache's LISTEN connection.
  globalForPool.preparedSql ??= postgres(databaseUrl(), {
    max: 4,
    idle_timeout: 60,
    onnotice: () => undefined,
    types: {
      utcTimestamp: { to: TIMESTAMP, from: [TIMESTAMP], serialize: (d: Date) => d.toISOString(), parse: (v: string) => new Date(`${v.replace(" ", "T")}Z`) },
      bigint: { to: INT8, from: [INT8], serialize: (n: bigint) => n.toString(), parse: (v: string) => BigInt(v) },
    },
  }) as unknown as Sql;
  return globalForPool.preparedSql;
}

class Param {
  constructor(readonly name: string) {}
}

/** Where a prepared statement's call-time value goes. */
export const param = (name: string) => new Param(name);

/**
 * A prepared statement: prepared once per pooled connection (postgres.js keys it by its text), then
 * only bound and executed.
 */
export function prepared<Row, Args extends Record<string, unknown>>(statement: { text: string; values: readonly unknown[] }) {
  const slots = statement.values.map((value) => (value instanceof Param ? value.name : null));
  const fixed = statement.values;
  const text = statement.text;
  return async (args: Args): Promise<Row[]> => {
    const values = slots.map((slot, i) => (slot === null ? fixed[i] : args[slot])) as postgres.ParameterOrJSON<never>[];
    return (await sql().unsafe(text, values, { prepare: true })) as unknown as Row[];
  };
}
