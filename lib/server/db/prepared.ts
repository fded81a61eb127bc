import "server-only";
// Prepared statements for the API hot path (an authenticated read by id, polled by clients).
// Measured here on one GET-by-guid statement: Prisma's $queryRaw cost ≈ 1.4 ms of Node CPU per
// call and PostgreSQL planned it afresh each time (unnamed statement); the same SQL as a named
// statement on a plain pg pool costs ≈ 0.14 ms of Node CPU and is planned once per connection.
// Only for a few fixed, hot statements; everything else stays on Prisma.
//
// Statements are written with Prisma.sql (so they share fragments such as INTEGRATION_COLUMNS) and
// `param("name")` marks where each call's values go. Rows keep Prisma's types: TIMESTAMP columns
// are UTC instants (pg would read them in the server's local zone), int8 is a BigInt.
import pg from "pg";
import { databaseUrl } from "@/lib/env";
import type { Prisma } from "./client";

const TIMESTAMP = 1114; // timestamp without time zone
const INT8 = 20;

const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMP) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    if (oid === INT8) return (value: string) => BigInt(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

const globalForPool = globalThis as unknown as { preparedPool?: pg.Pool };

function pool(): pg.Pool {
  // Few connections: each hot statement is well under a millisecond in PostgreSQL, and every
  // instance also holds Prisma's pool (10) and the auth cache's LISTEN connection.
  globalForPool.preparedPool ??= new pg.Pool({ connectionString: databaseUrl(), max: 4, types, allowExitOnIdle: true });
  return globalForPool.preparedPool;
}

class Param {
  constructor(readonly name: string) {}
}

/** Where a prepared statement's call-time value goes. */
export const param = (name: string) => new Param(name);

/**
 * A named statement: prepared once per pooled connection, then only bound and executed.
 * `name` must be unique per SQL text (PostgreSQL keys prepared statements by name).
 */
export function prepared<Row, Args extends Record<string, unknown>>(name: string, statement: Prisma.Sql) {
  const slots = statement.values.map((value) => (value instanceof Param ? value.name : null));
  const fixed = statement.values;
  const text = statement.text;
  return async (args: Args): Promise<Row[]> => {
    const values = slots.map((slot, i) => (slot === null ? fixed[i] : args[slot]));
    const result = await pool().query({ name, text, values });
    return result.rows as Row[];
  };
}
