import "server-only";
// Keyset pages of an organisation's integrations in slug order (Fruxon's list): each page is one
// index range scan on (organization_id, slug) from the last slug seen, so page 4,000 costs what
// page 1 costs, and rows inserted before the cursor never shift a later page.
import type { IntegrationDto } from "@/lib/schemas/integrations";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, type Prisma } from "@/lib/server/db/client";
import { secretStatuses } from "@/lib/server/secrets/secret-store";
import { INTEGRATION_RESOURCE, permissionsInclude, toIntegrationDto, toPermissionDtos } from "./integration-dto";

export type IntegrationPageQuery = {
  /** Case-insensitive substring of the slug, name or description. */
  search?: string;
  /** Integrations carrying any of these tags. */
  tags?: string[];
  /** The last slug of the previous page ("" for the first page). */
  after: string;
  /** 0 asks only for the total. */
  limit: number;
};

export async function pageIntegrations(actor: Actor, query: IntegrationPageQuery, context: RequestContext) {
  await requirePermission(actor, "integration.read", context);
  const where: Prisma.IntegrationWhereInput = {
    organizationId: actor.organizationId,
    ...(query.search && {
      OR: [
        { slug: { contains: query.search, mode: "insensitive" } },
        { name: { contains: query.search, mode: "insensitive" } },
        { description: { contains: query.search, mode: "insensitive" } },
      ],
    }),
    ...(query.tags?.length && { tags: { hasSome: query.tags } }),
  };
  const [total, rows] = await Promise.all([
    db.integration.count({ where }),
    query.limit > 0
      ? db.integration.findMany({
          where: { ...where, ...(query.after && { slug: { gt: query.after } }) },
          orderBy: { slug: "asc" },
          take: query.limit + 1,
          include: { _count: { select: { associations: true } }, ...permissionsInclude },
        })
      : Promise.resolve([]),
  ]);
  const page = rows.slice(0, query.limit);
  const statuses = await secretStatuses(INTEGRATION_RESOURCE, page.map((r) => r.guid));
  const items: IntegrationDto[] = page.map((r) => toIntegrationDto(r, statuses.get(r.guid), r._count.associations, toPermissionDtos(r.permissions)));
  return { items, total, hasMore: rows.length > query.limit };
}
