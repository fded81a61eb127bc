import "server-only";
// Numbered pages that cost O(page) at any depth — the pattern every console list and every paged
// API uses. How a new list uses it:
//
//   const ORDER = { name: sortOrder("asc", [col(Prisma.sql`i.name`, "name", "text"), col(Prisma.sql`i.id`, "id", "bigint")]) };
//   const page = await keysetPage<Row>({
//     select: Prisma.sql`i.id, i.name, …`,             // the row you map to your DTO
//     from: Prisma.sql`integrations i`,
//     where: [Prisma.sql`i.organization_id = ${actor.organizationId}::uuid`, …filters],
//     order: ORDER[query.sort],
//     request: { page: query.page, cursor: query.cursor, size: 25 },
//   });
//   // page.items, page.total (+ page.totalExact), page.pageCount, page.cursors.next / .prev
//
// and links to the next/previous page carry `cursor` (opaque) beside `page`, so following them
// seeks from the last/first row shown (WHERE (sort key) > (last key) ORDER BY … LIMIT n — the
// same cost on page 4,000 as on page 1). A page reached without its cursor (a typed page number,
// a jump, "last") is found by an index-only scan of the sort keys from the nearer end, then one
// read of that page's rows; the last page is read backwards from the end. Keep that fast with
// one btree index per sort order, filter-equality columns first: (organization_id, [filter], sort
// columns…, id). The sort columns must be NOT NULL and all run in one direction; the last one must
// be unique (the primary key), which makes every order total and every cursor exact.
//
// Counts stay cheap: exact up to `countThreshold` rows (a count that stops there), above it the
// planner's estimate, and the page says so (`totalExact: false`, show "about").
//
// Names sort naturally ("Integration 2" before "Integration 10") by giving the column the ICU
// collation `natural_sort` (und-u-kn-true, created by a migration): every ORDER BY and cursor
// comparison on it — here, in Prisma queries and in every dialect — then agrees.
import { z } from "zod";
import { db, Prisma } from "@/lib/server/db/client";
import { fromCursorToken, toCursorToken } from "@/lib/server/pagination/cursor-codec";

type KeyType = "text" | "bigint" | "int" | "uuid" | "timestamp" | "timestamptz";
export type SortColumn = { sql: Prisma.Sql; key: string; type: KeyType };
export type SortOrder = { direction: "asc" | "desc"; columns: SortColumn[] };

export const col = (sql: Prisma.Sql, key: string, type: KeyType): SortColumn => ({ sql, key, type });
export const sortOrder = (direction: "asc" | "desc", columns: SortColumn[]): SortOrder => ({ direction, columns });

/** A list's `key` and `-key` sorts over the same columns: `{ ...sortBoth("name", [name, id]) }`. */
export const sortBoth = <K extends string>(key: K, columns: SortColumn[]) =>
  ({ [key]: sortOrder("asc", columns), [`-${key}`]: sortOrder("desc", columns) }) as Record<K | `-${K}`, SortOrder>;

export type PageRequest = { page: number; cursor?: string | null; size: number };

export type Page<Row> = {
  items: Row[];
  page: number;
  size: number;
  total: number;
  /** false: `total` (and so `pageCount`) is the planner's estimate — say "about". */
  totalExact: boolean;
  pageCount: number;
  /** Pass with page + 1 / page − 1 (null: no such page). */
  cursors: { next: string | null; prev: string | null };
};

export const DEFAULT_COUNT_THRESHOLD = 10_000;

// ---- cursors: base64url JSON {p: page, d: after|before, k: sort key values}. Opaque to clients,
// not secret: a crafted one only moves where the (organisation-scoped) query starts.
const cursorSchema = z.object({ p: z.number().int().min(1), d: z.enum(["a", "b"]), k: z.array(z.union([z.string(), z.number()])).min(1).max(8) });
type Cursor = z.infer<typeof cursorSchema>;

export const encodeCursor = (cursor: Cursor): string => toCursorToken(cursor);

export const decodeCursor = (value: string | null | undefined): Cursor | null => fromCursorToken(value, cursorSchema, 2000);

const keyValue = (value: unknown): string | number => {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return String(value);
  if (typeof value === "number") return value;
  return String(value);
};

const CAST: Record<KeyType, Prisma.Sql> = {
  text: Prisma.sql`text`,
  bigint: Prisma.sql`bigint`,
  int: Prisma.sql`int`,
  uuid: Prisma.sql`uuid`,
  timestamp: Prisma.sql`timestamp`,
  timestamptz: Prisma.sql`timestamptz`,
};

// ---- SQL pieces
const and = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`);

function orderBy(order: SortOrder, reverse: boolean): Prisma.Sql {
  const descending = (order.direction === "desc") !== reverse;
  return Prisma.join(order.columns.map((c) => (descending ? Prisma.sql`${c.sql} DESC` : Prisma.sql`${c.sql} ASC`)), ", ");
}

/** Rows strictly after (or before) `key` in `order` — one row comparison an index can seek to. */
function seek(order: SortOrder, key: (string | number)[], before: boolean): Prisma.Sql {
  const descending = order.direction === "desc";
  const columns = Prisma.join(order.columns.map((c) => c.sql), ", ");
  const values = Prisma.join(order.columns.map((c, i) => Prisma.sql`CAST(${key[i]} AS ${CAST[c.type]})`), ", ");
  return descending !== before ? Prisma.sql`(${columns}) < (${values})` : Prisma.sql`(${columns}) > (${values})`;
}

type Query = { select: Prisma.Sql; from: Prisma.Sql; where: Prisma.Sql[] };

/** Exact below the threshold (a count that stops there), else the planner's row estimate. */
export async function cheapCount({ from, where }: Omit<Query, "select">, threshold = DEFAULT_COUNT_THRESHOLD): Promise<{ total: number; exact: boolean }> {
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${from} WHERE ${and(where)} LIMIT ${threshold + 1}) capped`;
  if (n <= threshold) return { total: n, exact: true };
  const [plan] = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${from} WHERE ${and(where)}`;
  return { total: Math.max(threshold + 1, Math.round(plan["QUERY PLAN"][0].Plan["Plan Rows"])), exact: false };
}

export async function keysetPage<Row extends Record<string, unknown>>(
  query: Query & { order: SortOrder; request: PageRequest; countThreshold?: number },
): Promise<Page<Row>> {
  const { select, from, where, order, request } = query;
  const size = request.size;
  const unique = order.columns[order.columns.length - 1];
  const keyOf = (row: Row) => order.columns.map((c) => keyValue(row[c.key]));
  const read = (conditions: Prisma.Sql[], reverse: boolean, limit: number) =>
    db.$queryRaw<Row[]>`SELECT ${select} FROM ${from} WHERE ${and(conditions)} ORDER BY ${orderBy(order, reverse)} LIMIT ${limit}`;

  const cursor = decodeCursor(request.cursor);
  const usable = cursor && cursor.p === request.page && cursor.k.length === order.columns.length ? cursor : null;
  const counting = cheapCount({ from, where }, query.countThreshold);
  counting.catch(() => undefined); // awaited below; a read failing first must not leave it unhandled

  let items: Row[];
  let page = request.page;
  let moreAfter: boolean;
  if (page <= 1 || usable?.d === "a") {
    // Forward: the first page (from the start, whatever cursor came along), or the page after a cursor.
    const rows = await read(usable?.d === "a" ? [...where, seek(order, usable.k, false)] : where, false, size + 1);
    items = rows.slice(0, size);
    moreAfter = rows.length > size;
    page = Math.max(1, page);
  } else if (usable?.d === "b") {
    // Backward from a cursor (the "previous" link): read in reverse, show in order.
    const rows = await read([...where, seek(order, usable.k, true)], true, size);
    items = rows.reverse();
    moreAfter = true;
  } else {
    // A jump: skip sort keys only (index-only) from the nearer end, then read that page's rows.
    const { total, exact } = await counting;
    const pageCount = Math.max(1, Math.ceil(total / size));
    if (exact && page > pageCount) {
      items = [];
      moreAfter = false;
    } else {
      const fromEnd = page >= pageCount || (exact && page > pageCount / 2);
      const lastPageSize = exact ? total - (pageCount - 1) * size : size;
      const offset = fromEnd ? (pageCount - page) * size - (size - lastPageSize) : (page - 1) * size;
      const limit = fromEnd && page >= pageCount ? lastPageSize : size;
      const skip = Math.max(0, offset);
      const rows = await db.$queryRaw<Row[]>`
        SELECT ${select} FROM ${from}
         WHERE ${and(where)} AND ${unique.sql} IN (SELECT ${unique.sql} FROM ${from} WHERE ${and(where)} ORDER BY ${orderBy(order, fromEnd)} OFFSET ${skip} LIMIT ${limit})
         ORDER BY ${orderBy(order, false)}`;
      items = rows;
      moreAfter = !(fromEnd && page >= pageCount);
      if (page > pageCount) page = pageCount;
    }
  }

  const { total, exact } = await counting;
  // An estimate can be short of where the reader already is: never show fewer pages than that.
  const pageCount = exact ? Math.max(1, Math.ceil(total / size)) : Math.max(1, Math.ceil(total / size), page + (moreAfter ? 1 : 0));
  const first = items[0];
  const last = items[items.length - 1];
  return {
    items,
    page,
    size,
    total,
    totalExact: exact,
    pageCount,
    cursors: {
      next: last && moreAfter ? encodeCursor({ p: page + 1, d: "a", k: keyOf(last) }) : null,
      prev: first && page > 1 ? encodeCursor({ p: page - 1, d: "b", k: keyOf(first) }) : null,
    },
  };
}

/**
 * Tables read through Prisma: page by keyset over the sort keys alone (`select` = the key
 * columns and `id`), then read the page's rows by id (at most one page of them) and put them back
 * in the page's order with this.
 */
export function inPageOrder<T extends { id: string }>(page: { id: string }[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return page.flatMap((key) => byId.get(key.id) ?? []);
}
