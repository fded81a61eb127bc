import "server-only";
// The API keys page's list: the actor's own keys in the organisation, by status (revoked ones
// only when asked for), sorted and paged from the URL.
import type { ApiKeyDto, ApiKeyListQuery } from "@/lib/schemas/api-keys";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, type Prisma } from "@/lib/server/db/client";
import { toApiKeyDto } from "./api-key-dto";

const ORDER: Record<ApiKeyListQuery["sort"], Prisma.ApiKeyOrderByWithRelationInput[]> = {
  name: [{ name: "asc" }, { id: "asc" }],
  "-name": [{ name: "desc" }, { id: "asc" }],
  created: [{ createdAt: "asc" }, { id: "asc" }],
  "-created": [{ createdAt: "desc" }, { id: "desc" }],
  lastUsed: [{ lastUsedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
  "-lastUsed": [{ lastUsedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
  expires: [{ expiresAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  "-expires": [{ expiresAt: { sort: "desc", nulls: "first" } }, { id: "asc" }],
};

function statusWhere(status: ApiKeyListQuery["status"], now: Date): Prisma.ApiKeyWhereInput {
  switch (status) {
    case "":
      return { revokedAt: null };
    case "active":
      return { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
    case "expired":
      return { revokedAt: null, expiresAt: { lte: now } };
    case "revoked":
      return { revokedAt: { not: null } };
    case "all":
      return {};
  }
}

export async function searchApiKeys(actor: Actor, query: ApiKeyListQuery, context: RequestContext) {
  await requirePermission(actor, "apiKey.own", context);
  const where: Prisma.ApiKeyWhereInput = { userId: actor.userId, organizationId: actor.organizationId, ...statusWhere(query.status, new Date()) };
  const [total, revoked, rows] = await Promise.all([
    db.apiKey.count({ where }),
    db.apiKey.count({ where: { userId: actor.userId, organizationId: actor.organizationId, revokedAt: { not: null } } }),
    db.apiKey.findMany({ where, orderBy: ORDER[query.sort], skip: (query.page - 1) * query.size, take: query.size }),
  ]);
  const items: ApiKeyDto[] = rows.map(toApiKeyDto);
  return { total, revoked, page: query.page, pageSize: query.size, pageCount: Math.max(1, Math.ceil(total / query.size)), items };
}
