import "server-only";
// The API keys page's list: the actor's own keys in the organisation, by status (revoked ones
// only when asked for), sorted, in numbered pages by keyset (lib/server/pagination).
import type { ApiKeyDto, ApiKeyListQuery } from "@/lib/schemas/api-keys";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, Prisma } from "@/lib/server/db/client";
import { col, keysetPage, sortBoth, type Page, type SortOrder } from "@/lib/server/pagination/keyset-page";

export const API_KEYS_PAGE_SIZE = 25;

type Row = ApiKeyDto & Record<string, unknown>;

// Keyset sort columns must be NOT NULL: "never used" sorts as the oldest use, "no expiry" as the
// latest expiry (the order the list always had). A user's keys are few: the (user_id,
// organization_id) index bounds every read.
const id = col(Prisma.sql`k.id`, "id", "uuid");
const name = col(Prisma.sql`k.name`, "name", "text");
const created = col(Prisma.sql`k.created_at`, "createdAt", "timestamp");
const lastUsed = col(Prisma.sql`COALESCE(k.last_used_at, TIMESTAMP '0001-01-01')`, "lastUsedKey", "timestamp");
const expires = col(Prisma.sql`COALESCE(k.expires_at, TIMESTAMP '9999-12-31')`, "expiresKey", "timestamp");
const ORDER: Record<ApiKeyListQuery["sort"], SortOrder> = {
  ...sortBoth("name", [name, id]),
  ...sortBoth("created", [created, id]),
  ...sortBoth("lastUsed", [lastUsed, id]),
  ...sortBoth("expires", [expires, id]),
};

function statusWhere(status: ApiKeyListQuery["status"]): Prisma.Sql[] {
  switch (status) {
    case "":
      return [Prisma.sql`k.revoked_at IS NULL`];
    case "active":
      return [Prisma.sql`k.revoked_at IS NULL`, Prisma.sql`(k.expires_at IS NULL OR k.expires_at > now())`];
    case "expired":
      return [Prisma.sql`k.revoked_at IS NULL`, Prisma.sql`k.expires_at <= now()`];
    case "revoked":
      return [Prisma.sql`k.revoked_at IS NOT NULL`];
    case "all":
      return [];
  }
}

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : null);

export async function searchApiKeys(actor: Actor, query: ApiKeyListQuery, context: RequestContext): Promise<Page<ApiKeyDto> & { revoked: number }> {
  await requirePermission(actor, "apiKey.own", context);
  const mine = [Prisma.sql`k.user_id = ${actor.userId}::uuid`, Prisma.sql`k.organization_id = ${actor.organizationId}::uuid`];
  const [page, revoked] = await Promise.all([
    keysetPage<Row>({
      select: Prisma.sql`k.id::text AS id, k.name, k.prefix, k.created_at AS "createdAt", k.last_used_at AS "lastUsedAt", k.expires_at AS "expiresAt",
        k.revoked_at AS "revokedAt", ${lastUsed.sql} AS "lastUsedKey", ${expires.sql} AS "expiresKey"`,
      from: Prisma.sql`api_keys k`,
      where: [...mine, ...statusWhere(query.status)],
      order: ORDER[query.sort],
      request: { page: query.page, cursor: query.cursor, size: query.size ?? API_KEYS_PAGE_SIZE },
    }),
    db.apiKey.count({ where: { userId: actor.userId, organizationId: actor.organizationId, revokedAt: { not: null } } }),
  ]);
  // Never the hash: the DTO is built field by field.
  const items = page.items.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    createdAt: iso(r.createdAt)!,
    lastUsedAt: iso(r.lastUsedAt),
    expiresAt: iso(r.expiresAt),
    revokedAt: iso(r.revokedAt),
  }));
  return { ...page, items, revoked };
}
