import "server-only";
import type { IntegrationDto, IntegrationListQuery } from "@/lib/schemas/integrations";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, type Prisma } from "@/lib/server/db/client";
import { secretStatuses } from "@/lib/server/secrets/secret-store";
import { keysetBatches } from "@/lib/server/pagination/stream";
import { INTEGRATION_RESOURCE, toIntegrationDto } from "./integration-dto";
import { INTEGRATION_COLUMNS, integrationRowToDto, type IntegrationSqlRow } from "./integration-rows";

export const INTEGRATIONS_PAGE_SIZE = 25;

const ORDER: Record<IntegrationListQuery["sort"], Prisma.IntegrationOrderByWithRelationInput[]> = {
  name: [{ name: "asc" }, { id: "asc" }],
  "-name": [{ name: "desc" }, { id: "desc" }],
  updated: [{ updatedAt: "asc" }, { id: "asc" }],
  "-updated": [{ updatedAt: "desc" }, { id: "desc" }],
  template: [{ template: "asc" }, { name: "asc" }],
  "-template": [{ template: "desc" }, { name: "asc" }],
};

async function withStatuses(rows: Awaited<ReturnType<typeof findRows>>): Promise<IntegrationDto[]> {
  const statuses = await secretStatuses(INTEGRATION_RESOURCE, rows.map((r) => r.guid));
  return rows.map((r) => toIntegrationDto(r, statuses.get(r.guid), r._count.associations));
}

const findRows = (args: Prisma.IntegrationFindManyArgs & { where: Prisma.IntegrationWhereInput }) =>
  db.integration.findMany({ ...args, include: { _count: { select: { associations: true } } } });

/**
 * Every integration of the organisation in creation (id) order, in batches (Posit's list endpoint
 * has no paging): one statement per batch, seeking on the (organization_id, id) index.
 */
export async function listAllIntegrations(actor: Actor, context: RequestContext): Promise<AsyncIterable<IntegrationDto[]>> {
  await requirePermission(actor, "integration.read", context);
  const batch = (after: bigint | null, limit: number) => db.$queryRaw<IntegrationSqlRow[]>`
    SELECT ${INTEGRATION_COLUMNS}
      FROM integrations i
     WHERE i.organization_id = ${actor.organizationId}::uuid AND i.id > ${after ?? BigInt(0)}
     ORDER BY i.id
     LIMIT ${limit}`;
  return mapBatches(keysetBatches(batch, (row) => row.id), integrationRowToDto);
}

async function* mapBatches<A, B>(batches: AsyncIterable<A[]>, map: (a: A) => B): AsyncGenerator<B[]> {
  for await (const rows of batches) yield rows.map(map);
}

/** The console's list: search, filters, sort and pages, all from the URL. */
export async function searchIntegrations(actor: Actor, query: IntegrationListQuery, context: RequestContext) {
  await requirePermission(actor, "integration.read", context);
  const where: Prisma.IntegrationWhereInput = {
    organizationId: actor.organizationId,
    ...(query.q && {
      OR: [{ name: { contains: query.q, mode: "insensitive" } }, { description: { contains: query.q, mode: "insensitive" } }],
    }),
    ...(query.template && { template: query.template }),
    ...(query.authType && { authType: query.authType }),
  };
  const [total, rows] = await Promise.all([
    db.integration.count({ where }),
    findRows({ where, orderBy: ORDER[query.sort], skip: (query.page - 1) * INTEGRATIONS_PAGE_SIZE, take: INTEGRATIONS_PAGE_SIZE }),
  ]);
  return { total, page: query.page, pageCount: Math.max(1, Math.ceil(total / INTEGRATIONS_PAGE_SIZE)), items: await withStatuses(rows) };
}
