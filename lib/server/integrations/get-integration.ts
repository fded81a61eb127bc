import "server-only";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { IntegrationDto } from "@/lib/schemas/integrations";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { INTEGRATION_RESOURCE, toIntegrationDto } from "./integration-dto";

type Row = {
  id: bigint;
  guid: string;
  name: string;
  description: string;
  template: string;
  auth_type: string;
  config: unknown;
  created_at: Date;
  updated_at: Date;
  version: number;
  content_count: number;
  secrets: Record<string, string>;
};

// The most frequent read (clients poll it): the row, its association count and its secret
// statuses in one statement instead of three Prisma reads. Scoped to the actor's organisation.
const readIntegration = (guid: string, organizationId: string) => db.$queryRaw<Row[]>`
  SELECT i.id, i.guid::text, i.name, i.description, i.template, i.auth_type, i.config,
         i.created_at, i.updated_at, i.version,
         (SELECT count(*)::int FROM content_associations a WHERE a.integration_id = i.id) AS content_count,
         COALESCE((SELECT json_object_agg(s.field, to_char(s.updated_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                     FROM secrets s WHERE s.resource_type = ${INTEGRATION_RESOURCE} AND s.resource_id = i.guid::text), '{}') AS secrets
    FROM integrations i
   WHERE i.guid = ${guid}::uuid AND i.organization_id = ${organizationId}::uuid`;

export async function getIntegration(actor: Actor, guid: string, context: RequestContext): Promise<IntegrationDto> {
  await requirePermission(actor, "integration.read", context, { type: INTEGRATION_RESOURCE, id: guid });
  if (!isUuid(guid)) throw notFound("OAuth integration");
  const [row] = await readIntegration(guid, actor.organizationId);
  if (!row) throw notFound("OAuth integration");
  const secrets = Object.fromEntries(Object.entries(row.secrets).map(([field, updatedAt]) => [field, { set: true as const, updatedAt }]));
  return toIntegrationDto(
    { ...row, authType: row.auth_type, createdAt: row.created_at, updatedAt: row.updated_at },
    secrets,
    row.content_count,
  );
}
