import "server-only";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { IntegrationDto } from "@/lib/schemas/integrations";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { INTEGRATION_RESOURCE } from "./integration-dto";
import { INTEGRATION_COLUMNS, integrationRowToDto, type IntegrationSqlRow } from "./integration-rows";

// The most frequent read (clients poll it): the row, its association count and its secret
// statuses in one statement instead of three Prisma reads. Scoped to the actor's organisation.
const readIntegration = (guid: string, organizationId: string) => db.$queryRaw<IntegrationSqlRow[]>`
  SELECT ${INTEGRATION_COLUMNS}
    FROM integrations i
   WHERE i.guid = ${guid}::uuid AND i.organization_id = ${organizationId}::uuid`;

export async function getIntegration(actor: Actor, guid: string, context: RequestContext): Promise<IntegrationDto> {
  await requirePermission(actor, "integration.read", context, { type: INTEGRATION_RESOURCE, id: guid });
  if (!isUuid(guid)) throw notFound("OAuth integration");
  const [row] = await readIntegration(guid, actor.organizationId);
  if (!row) throw notFound("OAuth integration");
  return integrationRowToDto(row);
}
