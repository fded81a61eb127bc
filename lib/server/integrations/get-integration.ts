import "server-only";
import { notFound } from "@/lib/errors";
import type { IntegrationDto } from "@/lib/schemas/integrations";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { Prisma } from "@/lib/server/db/client";
import { param, prepared } from "@/lib/server/db/prepared";
import { refLabel, refWhere, type IntegrationRef } from "./find-integration";
import { INTEGRATION_RESOURCE } from "./integration-dto";
import { INTEGRATION_COLUMNS, integrationRowToDto, type IntegrationSqlRow } from "./integration-rows";

// The most frequent read (clients poll it): the row, its association count, its secret statuses
// and its permissions in one prepared statement (lib/server/db/prepared.ts). Scoped to the actor's
// organisation; by guid (Posit) or by slug (Fruxon).
type Args = { key: string; organizationId: string };
const byGuid = prepared<IntegrationSqlRow, Args>(
  Prisma.sql`SELECT ${INTEGRATION_COLUMNS} FROM integrations i WHERE i.guid = ${param("key")}::uuid AND i.organization_id = ${param("organizationId")}::uuid`,
);
const bySlug = prepared<IntegrationSqlRow, Args>(
  Prisma.sql`SELECT ${INTEGRATION_COLUMNS} FROM integrations i WHERE i.slug = ${param("key")} AND i.organization_id = ${param("organizationId")}::uuid`,
);

export async function getIntegration(actor: Actor, ref: IntegrationRef, context: RequestContext): Promise<IntegrationDto> {
  await requirePermission(actor, "integration.read", context, { type: INTEGRATION_RESOURCE, id: refLabel(ref) });
  if (!refWhere(actor, ref)) throw notFound("OAuth integration");
  const read = typeof ref === "string" ? byGuid : bySlug;
  const [row] = await read({ key: refLabel(ref), organizationId: actor.organizationId });
  if (!row) throw notFound("OAuth integration");
  return integrationRowToDto(row);
}
