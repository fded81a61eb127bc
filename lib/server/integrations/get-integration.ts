import "server-only";
import { notFound } from "@/lib/errors";
import type { IntegrationDto } from "@/lib/schemas/integrations";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, Prisma } from "@/lib/server/db/client";
import { refLabel, refWhere, type IntegrationRef } from "./find-integration";
import { INTEGRATION_RESOURCE } from "./integration-dto";
import { INTEGRATION_COLUMNS, integrationRowToDto, type IntegrationSqlRow } from "./integration-rows";

// The most frequent read (clients poll it): the row, its association count, its secret statuses
// and its permissions in one statement. Scoped to the actor's organisation; `key` matches the
// guid (Posit) or the slug (Fruxon).
const readIntegration = (key: Prisma.Sql, organizationId: string) => db.$queryRaw<IntegrationSqlRow[]>`
  SELECT ${INTEGRATION_COLUMNS}
    FROM integrations i
   WHERE ${key} AND i.organization_id = ${organizationId}::uuid`;

export async function getIntegration(actor: Actor, ref: IntegrationRef, context: RequestContext): Promise<IntegrationDto> {
  await requirePermission(actor, "integration.read", context, { type: INTEGRATION_RESOURCE, id: refLabel(ref) });
  if (!refWhere(actor, ref)) throw notFound("OAuth integration");
  const key = typeof ref === "string" ? Prisma.sql`i.guid = ${ref}::uuid` : Prisma.sql`i.slug = ${ref.slug}`;
  const [row] = await readIntegration(key, actor.organizationId);
  if (!row) throw notFound("OAuth integration");
  return integrationRowToDto(row);
}
