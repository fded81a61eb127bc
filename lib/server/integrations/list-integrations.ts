import "server-only";
import type { IntegrationDto, IntegrationListQuery } from "@/lib/schemas/integrations";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { Prisma } from "@/lib/server/db/client";
import { param, prepared } from "@/lib/server/db/prepared";
import { col, keysetPage, sortOrder, type Page } from "@/lib/server/pagination/keyset-page";
import { containsPattern } from "@/lib/server/pagination/like";
import { keysetBatches } from "@/lib/server/pagination/stream";
import { INTEGRATION_RESOURCE } from "./integration-dto";
import { INTEGRATION_COLUMNS, integrationRowToDto, type IntegrationSqlRow } from "./integration-rows";

export const INTEGRATIONS_PAGE_SIZE = 25;

// Posit's unpaged list (posit-sdk's `client.oauth.integrations.find()`): a named statement on the
// prepared pool (lib/server/db/prepared.ts) per batch — planned once, and its rows read by pg
// directly rather than through Prisma's raw-query layer, which cost most of a 100,000-row read.
const integrationsAfter = prepared<IntegrationSqlRow, { organizationId: string; after: bigint; limit: number }>(
  Prisma.sql`SELECT ${INTEGRATION_COLUMNS} FROM integrations i
              WHERE i.organization_id = ${param("organizationId")}::uuid AND i.id > ${param("after")}
              ORDER BY i.id LIMIT ${param("limit")}`,
);

/**
 * Every integration of the organisation in creation (id) order, in batches (Posit's list endpoint
 * has no paging): one statement per batch, seeking on the (organization_id, id) index.
 */
export async function listAllIntegrations(actor: Actor, context: RequestContext): Promise<AsyncIterable<IntegrationDto[]>> {
  await requirePermission(actor, "integration.read", context);
  const batch = (after: bigint | null, limit: number) => integrationsAfter({ organizationId: actor.organizationId, after: after ?? BigInt(0), limit });
  return mapBatches(keysetBatches(batch, (row) => row.id), integrationRowToDto);
}

async function* mapBatches<A, B>(batches: AsyncIterable<A[]>, map: (a: A) => B): AsyncGenerator<B[]> {
  for await (const rows of batches) yield rows.map(map);
}

// Each order has its index (see the list_pagination migration); `name` sorts naturally.
const id = col(Prisma.sql`i.id`, "id", "bigint");
const name = col(Prisma.sql`i.name`, "name", "text");
const updated = col(Prisma.sql`i.updated_at`, "updated_at", "timestamp");
const template = col(Prisma.sql`i.template`, "template", "text");
const authType = col(Prisma.sql`i.auth_type`, "auth_type", "text");
const secretsChanged = col(Prisma.sql`i.secrets_changed_at`, "secrets_changed_at", "timestamp");
const ORDER = {
  name: sortOrder("asc", [name, id]),
  "-name": sortOrder("desc", [name, id]),
  updated: sortOrder("asc", [updated, id]),
  "-updated": sortOrder("desc", [updated, id]),
  template: sortOrder("asc", [template, name, id]),
  "-template": sortOrder("desc", [template, name, id]),
  authType: sortOrder("asc", [authType, name, id]),
  "-authType": sortOrder("desc", [authType, name, id]),
  // Oldest secret change first (none first of all); kept by a trigger on `secrets`.
  secrets: sortOrder("asc", [secretsChanged, name, id]),
  "-secrets": sortOrder("desc", [secretsChanged, name, id]),
} as const;

export type IntegrationFilter = Pick<IntegrationListQuery, "q" | "template" | "authType"> & Partial<Pick<IntegrationListQuery, "tag" | "expiresBefore">>;

/** The list's filter (search, template, auth type, tag, secret expiring before a date) inside the actor's organisation, over `integrations i`. */
export function integrationListWhere(actor: Actor, query: IntegrationFilter): Prisma.Sql[] {
  const where = [Prisma.sql`i.organization_id = ${actor.organizationId}::uuid`];
  if (query.q) where.push(Prisma.sql`(i.name ILIKE ${containsPattern(query.q)} OR i.description ILIKE ${containsPattern(query.q)})`);
  if (query.template) where.push(Prisma.sql`i.template = ${query.template}`);
  if (query.authType) where.push(Prisma.sql`i.auth_type = ${query.authType}`);
  if (query.tag) where.push(Prisma.sql`i.tags @> ARRAY[${query.tag}]::text[]`);
  if (query.expiresBefore) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM secrets s WHERE s.resource_type = ${INTEGRATION_RESOURCE} AND s.resource_id = i.guid::text
                                     AND s.expires_at < ${new Date(`${query.expiresBefore}T00:00:00Z`)})`);
  }
  return where;
}

/** The console's list: search, filters, sort and a page (by number, with its cursor when it has one). */
export async function searchIntegrations(actor: Actor, query: IntegrationListQuery, context: RequestContext): Promise<Page<IntegrationDto>> {
  await requirePermission(actor, "integration.read", context);
  const where = integrationListWhere(actor, query);
  const page = await keysetPage<IntegrationSqlRow>({
    select: INTEGRATION_COLUMNS,
    from: Prisma.sql`integrations i`,
    where,
    order: ORDER[query.sort],
    request: { page: query.page, cursor: query.cursor, size: query.size ?? INTEGRATIONS_PAGE_SIZE },
  });
  return { ...page, items: page.items.map(integrationRowToDto) };
}
