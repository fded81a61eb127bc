import "server-only";
// The console list's CSV export: every integration matching the list's filter, in batches by id
// (keyset: each batch costs the same however deep), without a row cap. Only non-secret columns
// are selected — the secret store is not read at all.
import type { IntegrationListQuery } from "@/lib/schemas/integrations";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, type Prisma } from "@/lib/server/db/client";

const EXPORT_BATCH = 500;

type ExportQuery = Pick<IntegrationListQuery, "q" | "template" | "authType"> & Partial<Pick<IntegrationListQuery, "tag">>;

/** The console list's filter (search, template, auth type, tag) inside the actor's organisation. */
function listWhere(actor: Actor, query: ExportQuery): Prisma.IntegrationWhereInput {
  return {
    organizationId: actor.organizationId,
    ...(query.q && { OR: [{ name: { contains: query.q, mode: "insensitive" } }, { description: { contains: query.q, mode: "insensitive" } }] }),
    ...(query.template && { template: query.template }),
    ...(query.authType && { authType: query.authType }),
    ...(query.tag && { tags: { has: query.tag } }),
  };
}

export type IntegrationExportRow = {
  guid: string;
  slug: string;
  tags: string[];
  name: string;
  description: string;
  template: string;
  authType: string;
  createdAt: Date;
  updatedAt: Date;
};

export async function exportIntegrations(
  actor: Actor,
  query: ExportQuery,
  context: RequestContext,
): Promise<AsyncIterable<IntegrationExportRow[]>> {
  await requirePermission(actor, "integration.read", context);
  const where = listWhere(actor, query);
  return (async function* () {
    let after: bigint | null = null;
    for (;;) {
      const rows: (IntegrationExportRow & { id: bigint })[] = await db.integration.findMany({
        where: { ...where, ...(after !== null && { id: { gt: after } }) },
        orderBy: { id: "asc" },
        take: EXPORT_BATCH,
        select: { id: true, guid: true, slug: true, tags: true, name: true, description: true, template: true, authType: true, createdAt: true, updatedAt: true },
      });
      if (rows.length > 0) yield rows.map(({ id: _id, ...row }) => row);
      if (rows.length < EXPORT_BATCH) return;
      after = rows[rows.length - 1].id;
    }
  })();
}
