import "server-only";
// Cursor pages (no page numbers): the Switchboard API's lists — the spec's `sort`
// ("name:asc,id:desc"), `first`, `after` and `before`. The console's numbered pages are
// ./keyset-page.ts; the cursor format here is the public API's and must not change. A cursor
// carries the sort key values of the row it points at (opaque base64url JSON, tied to the sort it
// was made for), so every page is one index range scan of `first + 1` rows at any depth: no
// OFFSET, no per-row bind parameters.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { MAX_PAGE_SIZE, SORT_PATTERN } from "@/lib/schemas/cursor-page";
import { fromCursorToken, toCursorToken } from "./cursor-codec";

type Direction = "asc" | "desc";
export type SortKey = { field: string; direction: Direction };
export type FieldKind = "string" | "date";
export type SortableFields = Record<string, FieldKind>;

export type PageRequest = { first?: string | number | null; after?: string | null; before?: string | null; sort?: string | null };
export type ParsedPage = { keys: SortKey[]; take: number; cursor: { values: unknown[]; backward: boolean } | null };

const badRequest = (message: string, field: string) => new AppError("bad_request", message, { fieldErrors: { [field]: [message] } });

export function parseSort(sort: string | null | undefined, fields: SortableFields, fallback: string): SortKey[] {
  const value = sort?.trim() || fallback;
  if (!SORT_PATTERN.test(value)) throw badRequest(`sort must look like "field:asc" or "name:asc,id:desc"`, "sort");
  const keys: SortKey[] = [];
  for (const part of value.split(",")) {
    const [field, direction] = part.split(":").map((s) => s.trim());
    if (!Object.hasOwn(fields, field)) throw badRequest(`sort: unknown field "${field}"; sortable fields are ${Object.keys(fields).join(", ")}`, "sort");
    if (direction !== "asc" && direction !== "desc") throw badRequest(`sort: direction of "${field}" must be asc or desc`, "sort");
    if (keys.some((k) => k.field === field)) throw badRequest(`sort: "${field}" appears twice`, "sort");
    keys.push({ field, direction });
  }
  // id breaks ties so that every row has one place in the order.
  if (!keys.some((k) => k.field === "id")) keys.push({ field: "id", direction: keys[keys.length - 1].direction });
  return keys;
}

const signature = (keys: SortKey[]) => keys.map((k) => `${k.field}:${k.direction}`).join(",");

export function encodeCursor(keys: SortKey[], row: Record<string, unknown>): string {
  const values = keys.map((k) => {
    const v = row[k.field];
    return v instanceof Date ? v.toISOString() : v;
  });
  return toCursorToken({ s: signature(keys), v: values });
}

// Sort key values are strings (dates as ISO text), each at most 1000 characters.
const cursorSchema = z.object({ s: z.string(), v: z.array(z.unknown()) });

function decodeCursor(cursor: string, keys: SortKey[], fields: SortableFields, param: string): unknown[] {
  const bad = () => badRequest(`${param} is not a cursor of this list and sort`, param);
  const parsed = fromCursorToken(cursor, cursorSchema, 16_384);
  if (!parsed || parsed.s !== signature(keys) || parsed.v.length !== keys.length) throw bad();
  const { v } = parsed;
  return keys.map((k, i) => {
    const value = v[i];
    if (typeof value !== "string" || value.length > 1000) throw bad();
    if (fields[k.field] === "date") {
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) throw bad();
      return date;
    }
    return value;
  });
}

export function parsePage(request: PageRequest, fields: SortableFields, fallbackSort: string): ParsedPage {
  const keys = parseSort(request.sort, fields, fallbackSort);
  let take = 20;
  if (request.first !== undefined && request.first !== null && request.first !== "") {
    const n = typeof request.first === "number" ? request.first : /^\d+$/.test(request.first.trim()) ? Number(request.first) : NaN;
    if (!Number.isInteger(n) || n < 1) throw badRequest("first must be a positive integer", "first");
    take = Math.min(n, MAX_PAGE_SIZE);
  }
  if (request.after && request.before) throw badRequest("give either after or before, not both", "after");
  const cursor = request.after
    ? { values: decodeCursor(request.after, keys, fields, "after"), backward: false }
    : request.before
      ? { values: decodeCursor(request.before, keys, fields, "before"), backward: true }
      : null;
  return { keys, take, cursor };
}

type Where = Record<string, unknown>;
const flip = (d: Direction): Direction => (d === "asc" ? "desc" : "asc");

/**
 * The Prisma `where` for rows strictly after (or before) the cursor, and the `orderBy` to read
 * them in. The leading `gte/lte` on the first key is redundant logically but gives PostgreSQL an
 * index range to start from, so the scan begins at the cursor instead of the first row.
 */
export function seek(page: ParsedPage): { where: Where; orderBy: Record<string, Direction>[] } {
  const keys = page.keys.map((k) => ({ field: k.field, direction: page.cursor?.backward ? flip(k.direction) : k.direction }));
  const orderBy = keys.map((k) => ({ [k.field]: k.direction }));
  if (!page.cursor) return { where: {}, orderBy };
  const values = page.cursor.values;
  const beyond = (i: number) => ({ [keys[i].field]: { [keys[i].direction === "asc" ? "gt" : "lt"]: values[i] } });
  const or: Where[] = keys.map((_, i) => ({ AND: [...keys.slice(0, i).map((k, j) => ({ [k.field]: values[j] })), beyond(i)] }));
  const start = { [keys[0].field]: { [keys[0].direction === "asc" ? "gte" : "lte"]: values[0] } };
  return { where: { AND: [start, { OR: or }] }, orderBy };
}

/** Turns the `take + 1` rows read into the page's items and its next/prev cursors. */
export function finishPage<R extends Record<string, unknown>>(page: ParsedPage, rows: R[]): { rows: R[]; next?: string; prev?: string } {
  const more = rows.length > page.take;
  const items = rows.slice(0, page.take);
  if (page.cursor?.backward) items.reverse();
  if (items.length === 0) return { rows: items };
  const first = encodeCursor(page.keys, items[0]);
  const last = encodeCursor(page.keys, items[items.length - 1]);
  if (page.cursor?.backward) return { rows: items, next: last, ...(more && { prev: first }) };
  return { rows: items, ...(more && { next: last }), ...(page.cursor && { prev: first }) };
}
