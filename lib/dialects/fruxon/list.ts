import "server-only";
// Fruxon's list: `search`, `types`, `tags`, `page_size`, `page_token` → {items, nextPageToken,
// totalCount}. The built-in SYSTEM integrations come first (registry order), then the tenant's
// own in id (slug) order. A page token is opaque base64url JSON naming where the next page starts
// — an index into the registry or the last slug seen — so it stays valid under inserts and each
// tenant page is one keyset range scan. A token that does not decode is a 400.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { tagSchema } from "@/lib/schemas/integrations";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { pageIntegrations } from "@/lib/server/integrations/page-integrations";
import { fromCursorToken, toCursorToken } from "@/lib/server/pagination/cursor-codec";
import { TEMPLATES } from "@/lib/templates/registry";
import { CUSTOM_TYPE, FRUXON_TYPES, SYSTEM_TYPE, toFruxonIntegration, toSystemIntegration } from "./integrations";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type fruxonIntegrationPageSchema } from "./schemas";


const badQuery = (field: string, message: string) => new AppError("validation_failed", message, { fieldErrors: { [field]: [message] } });

type Cursor = { p: "s"; i: number } | { p: "t"; a: string };
const cursorSchema = z.union([
  z.strictObject({ p: z.literal("s"), i: z.number().int().min(0).max(TEMPLATES.length) }),
  z.strictObject({ p: z.literal("t"), a: z.string().max(100) }),
]);
const encode = (cursor: Cursor) => toCursorToken(cursor);
function decode(token: string): Cursor {
  const cursor = fromCursorToken(token, cursorSchema, 200);
  if (!cursor) throw badQuery("page_token", "page_token is not a token this API issued");
  return cursor;
}

// Query values may repeat (?types=A&types=B) or be comma-separated (?types=A,B).
const listParam = (params: URLSearchParams, ...names: string[]) =>
  names.flatMap((name) => params.getAll(name)).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);

export function parseListQuery(url: URL) {
  const p = url.searchParams;
  const search = (p.get("search") ?? p.get("Search") ?? "").trim();
  if (search.length > 200) throw badQuery("search", "search must be at most 200 characters");
  const types = listParam(p, "types", "Types").map((t) => t.toUpperCase());
  for (const t of types) if (!(FRUXON_TYPES as readonly string[]).includes(t)) throw badQuery("types", `Unknown type ${t.slice(0, 40)}; use ${FRUXON_TYPES.join(" or ")}`);
  const tags = listParam(p, "tags", "Tags");
  for (const tag of tags) if (!tagSchema.safeParse(tag).success) throw badQuery("tags", `Invalid tag ${tag.slice(0, 40)}`);
  const sizeText = p.get("page_size") ?? p.get("Paging.PageSize");
  const pageSize = sizeText === null || sizeText === "" ? DEFAULT_PAGE_SIZE : Number(sizeText);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) throw badQuery("page_size", `page_size must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  const tokenText = p.get("page_token") ?? p.get("Paging.PageToken.Cursor");
  const cursor: Cursor = tokenText ? decode(tokenText) : { p: "s", i: 0 };
  return { search, types, tags, pageSize, cursor };
}

export async function listFruxonIntegrations(actor: Actor, url: URL, context: RequestContext): Promise<z.infer<typeof fruxonIntegrationPageSchema>> {
  const { search, types, tags, pageSize, cursor } = parseListQuery(url);
  const wantSystem = types.length === 0 || types.includes(SYSTEM_TYPE);
  const wantTenant = types.length === 0 || types.includes(CUSTOM_TYPE);
  const needle = search.toLowerCase();
  const system = wantSystem && tags.length === 0
    ? TEMPLATES.filter((t) => !needle || [t.id, t.name, t.description].some((s) => s.toLowerCase().includes(needle)))
    : [];

  const start = cursor.p === "s" ? cursor.i : system.length;
  const systemPage = system.slice(start, start + pageSize);
  const room = wantTenant ? pageSize - systemPage.length : 0;
  const after = cursor.p === "t" ? cursor.a : "";
  // Always called, even for SYSTEM only: it checks the caller's permission and counts.
  const tenant = await pageIntegrations(actor, { search, tags, after, limit: room }, context);

  let next: Cursor | null = null;
  if (start + systemPage.length < system.length) next = { p: "s", i: start + systemPage.length };
  else if (wantTenant && tenant.items.length > 0 && tenant.hasMore) next = { p: "t", a: tenant.items[tenant.items.length - 1].slug };
  else if (wantTenant && room === 0 && tenant.total > 0 && cursor.p === "s") next = { p: "t", a: "" };

  return {
    items: [...systemPage.map(toSystemIntegration), ...tenant.items.map(toFruxonIntegration)],
    nextPageToken: next ? encode(next) : null,
    totalCount: system.length + (wantTenant ? tenant.total : 0),
  };
}
