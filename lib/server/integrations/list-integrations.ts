import "server-only";
import type { IntegrationDto, IntegrationListQuery } from "@/lib/schemas/integrations";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, type Prisma } from "@/lib/server/db/client";
import { secretStatuses } from "@/lib/server/secrets/secret-store";
import { INTEGRATION_RESOURCE, toIntegrationDto } from "./integration-dto";

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

/** Every integration of the organisation (Posit's list endpoint has no paging). */
export async function listAllIntegrations(actor: Actor, context: RequestContext): Promise<IntegrationDto[]> {
  await requirePermission(actor, "integration.read", context);
  return withStatuses(await findRows({ where: { organizationId: actor.organizationId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }));
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
