import "server-only";
// The console list's CSV export: every integration matching the list's filter, in batches by id
// (keyset: each batch costs the same however deep), without a row cap. Only non-secret columns
// are selected — of the secret store only the expiry date is read, never a value.
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, Prisma } from "@/lib/server/db/client";
import { INTEGRATION_RESOURCE } from "./integration-dto";
import { integrationListWhere, type IntegrationFilter } from "./list-integrations";

const EXPORT_BATCH = 500;

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
  /** The earliest expiry among its stored secrets. */
  secretExpiresAt: Date | null;
};

export async function exportIntegrations(actor: Actor, query: IntegrationFilter, context: RequestContext): Promise<AsyncIterable<IntegrationExportRow[]>> {
  await requirePermission(actor, "integration.read", context);
  const where = integrationListWhere(actor, query);
  return (async function* () {
    let after = BigInt(0);
    for (;;) {
      const rows = await db.$queryRaw<(IntegrationExportRow & { id: bigint })[]>`
        SELECT i.id, i.guid::text AS guid, i.slug, i.tags, i.name, i.description, i.template, i.auth_type AS "authType",
               i.created_at AS "createdAt", i.updated_at AS "updatedAt",
               (SELECT min(s.expires_at) FROM secrets s WHERE s.resource_type = ${INTEGRATION_RESOURCE} AND s.resource_id = i.guid::text) AS "secretExpiresAt"
          FROM integrations i
         WHERE ${Prisma.join([...where, Prisma.sql`i.id > ${after}`], " AND ")}
         ORDER BY i.id
         LIMIT ${EXPORT_BATCH}`;
      if (rows.length > 0) yield rows.map(({ id: _id, ...row }) => ({ ...row, tags: row.tags ?? [] }));
      if (rows.length < EXPORT_BATCH) return;
      after = rows[rows.length - 1].id;
    }
  })();
}
