import "server-only";
// The Viewer integrations of the caller's organisation that the caller may use: what "Connected
// accounts" offers to connect (viewers cannot open integration pages). Names only, no config.
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";

export type ConnectableIntegration = { guid: string; name: string; template: string };

export async function listConnectableIntegrations(actor: Actor, context: RequestContext): Promise<ConnectableIntegration[]> {
  await requirePermission(actor, "oauthSession.own", context);
  return db.$queryRaw<ConnectableIntegration[]>`
    SELECT i.guid::text AS guid, i.name, i.template FROM integrations i
     WHERE i.organization_id = ${actor.organizationId}::uuid AND i.auth_type = 'Viewer'
       AND (NOT EXISTS (SELECT 1 FROM integration_permissions p WHERE p.integration_id = i.id)
            OR EXISTS (SELECT 1 FROM integration_permissions p WHERE p.integration_id = i.id
                        AND (p.user_id = ${actor.userId}::uuid
                             OR p.group_id IN (SELECT gm.group_id FROM group_members gm WHERE gm.user_id = ${actor.userId}::uuid))))
     ORDER BY i.name, i.id
     LIMIT 500`;
}
