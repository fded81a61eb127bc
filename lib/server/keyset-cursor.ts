import "server-only";
// A small keyset ("seek") cursor for next-page links: the last row's sort key, opaque to clients.
// WHERE (k1, k2) > (v1, v2) ORDER BY k1, k2 LIMIT n costs the same on any page.
import { Prisma } from "@/lib/server/db/client";

export type KeyValue = string | number;
export type KeysetSort<Row> = {
  direction: "asc" | "desc";
  /** Sort columns, the last one unique (the id), with each one's JavaScript type. */
  columns: { sql: Prisma.Sql; type: "string" | "number" }[];
  key: (row: Row) => KeyValue[];
};

export const encodeCursor = (values: KeyValue[]) => Buffer.from(JSON.stringify(values), "utf8").toString("base64url");

/** The cursor's values, or null for none or a malformed one (which then means "first page"). */
export function decodeCursor<Row>(cursor: string, sort: KeysetSort<Row>): KeyValue[] | null {
  if (!cursor) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(values) || values.length !== sort.columns.length) return null;
    const fits = (v: unknown, type: "string" | "number") =>
      type === "string" ? typeof v === "string" && v.length <= 400 : typeof v === "number" && Number.isSafeInteger(v) && Math.abs(v) <= 2_147_483_647;
    if (!values.every((v, i) => fits(v, sort.columns[i].type))) return null;
    return values as KeyValue[];
  } catch {
    return null;
  }
}

/** `(columns) > (values)` for ascending order, `<` for descending: a row-value comparison one index can serve. */
export function keysetClause<Row>(sort: KeysetSort<Row>, values: KeyValue[]): Prisma.Sql {
  const op = Prisma.raw(sort.direction === "asc" ? ">" : "<");
  return Prisma.sql`(${Prisma.join(sort.columns.map((c) => c.sql))}) ${op} (${Prisma.join(values)})`;
}

/** ORDER BY for the sort, every column in its direction. */
export function keysetOrder<Row>(sort: KeysetSort<Row>): Prisma.Sql {
  return Prisma.join(sort.columns.map((c) => Prisma.sql`${c.sql} ${Prisma.raw(sort.direction === "asc" ? "ASC" : "DESC")}`));
}
