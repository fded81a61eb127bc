import "server-only";
// What a Viewer integration's page says about connected accounts needing reauthorization: the
// signed-in user's own (a banner with Reconnect), and for admins how many members' (counted up to
// a cap, so the page costs the same however many there are).
import { can } from "@/lib/permissions";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { OAUTH_SESSION_RESOURCE } from "./oauth-session-credential";

export const REAUTHORIZATION_COUNT_CAP = 1000;

export type IntegrationReauthorization = {
  /** The caller's own connection needs reauthorization. */
  own: boolean;
  /** Admins: other members' connections needing it (at most REAUTHORIZATION_COUNT_CAP + 1); null for others. */
  others: number | null;
};

export async function getIntegrationReauthorization(actor: Actor, integrationGuid: string, context: RequestContext): Promise<IntegrationReauthorization> {
  await requirePermission(actor, "oauthSession.own", context);
  const all = can(actor.role, "oauthSession.readAll");
  const [row] = await db.$queryRaw<{ own: boolean; others: number }[]>`
    WITH broken AS (
      SELECT s.user_id
        FROM integrations i
        JOIN oauth_sessions s ON s.integration_id = i.id AND s.organization_id = i.organization_id
        JOIN oauth_credentials c ON c.resource_type = ${OAUTH_SESSION_RESOURCE} AND c.resource_id = s.guid::text
       WHERE i.guid = ${integrationGuid}::uuid AND i.organization_id = ${actor.organizationId}::uuid
         AND c.state = 'needs_reauthorization' AND (${all}::boolean OR s.user_id = ${actor.userId}::uuid)
       LIMIT ${REAUTHORIZATION_COUNT_CAP + 2})
    SELECT bool_or(user_id = ${actor.userId}::uuid) IS TRUE AS own, (count(*) FILTER (WHERE user_id <> ${actor.userId}::uuid))::int AS others FROM broken`;
  return { own: Boolean(row?.own), others: all ? Math.min(row?.others ?? 0, REAUTHORIZATION_COUNT_CAP + 1) : null };
}
