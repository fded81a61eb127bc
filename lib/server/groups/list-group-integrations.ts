import "server-only";
// The integrations whose "who can use it" names a group (shown on the group's page and in its
// delete confirmation), at most `limit` of them, each saying whether the group is its only entry.
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { findGroup } from "./group-dto";

export type GroupIntegrationDto = { guid: string; name: string; soleEntry: boolean };

export async function listGroupIntegrations(actor: Actor, guid: string, context: RequestContext, limit = 50): Promise<{ items: GroupIntegrationDto[]; more: boolean }> {
  await requirePermission(actor, "group.read", context, { type: "group", id: guid });
  const group = await findGroup(actor, guid);
  const rows = await db.$queryRaw<{ guid: string; name: string; sole: boolean }[]>`
    SELECT i.guid::text AS guid, i.name,
           NOT EXISTS (SELECT 1 FROM integration_permissions q WHERE q.integration_id = p.integration_id AND q.id <> p.id) AS sole
      FROM integration_permissions p JOIN integrations i ON i.id = p.integration_id
     WHERE p.group_id = ${group.id}::uuid AND i.organization_id = ${actor.organizationId}::uuid
     ORDER BY i.name, i.id
     LIMIT ${limit + 1}`;
  return { items: rows.slice(0, limit).map((r) => ({ guid: r.guid, name: r.name, soleEntry: r.sole })), more: rows.length > limit };
}
