import "server-only";
// Connected accounts that stopped working (the provider said `invalid_grant`, or the integration's
// endpoint moved) and wait for their user to connect again: the home dashboard's card. Everyone
// sees their own, each with its Reconnect; admins also the organisation's others (they cannot
// reconnect for a member, so those link to the integration). Two reads of at most `limit` rows
// each, on the partial index of credentials in that state: O(limit) however many there are.
import { can } from "@/lib/permissions";
import type { ReauthorizationItem } from "@/lib/schemas/dashboard";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, Prisma } from "@/lib/server/db/client";
import { OAUTH_SESSION_RESOURCE } from "./oauth-session-credential";

type Row = { guid: string; email: string; integration_guid: string; integration_name: string; since: Date };

function read(actor: Actor, own: boolean, limit: number): Promise<Row[]> {
  const who = own ? Prisma.sql`s.user_id = ${actor.userId}::uuid` : Prisma.sql`s.user_id <> ${actor.userId}::uuid`;
  return db.$queryRaw<Row[]>`
    SELECT s.guid::text AS guid, u.email, i.guid::text AS integration_guid, i.name AS integration_name, c.updated_at AS since
      FROM oauth_credentials c
      JOIN oauth_sessions s ON s.guid::text = c.resource_id AND s.organization_id = c.organization_id
      JOIN integrations i ON i.id = s.integration_id
      JOIN users u ON u.id = s.user_id
     WHERE c.organization_id = ${actor.organizationId}::uuid AND c.resource_type = ${OAUTH_SESSION_RESOURCE}
       AND c.state = 'needs_reauthorization' AND ${who}
     ORDER BY c.updated_at DESC, c.id DESC
     LIMIT ${limit}`;
}

export async function listSessionsNeedingReauthorization(actor: Actor, limit: number, context: RequestContext): Promise<ReauthorizationItem[]> {
  await requirePermission(actor, "oauthSession.own", context);
  const [own, others] = await Promise.all([read(actor, true, limit), can(actor.role, "oauthSession.readAll") ? read(actor, false, limit) : Promise.resolve([])]);
  const item = (r: Row, mine: boolean): ReauthorizationItem => ({
    sessionGuid: r.guid,
    integrationGuid: r.integration_guid,
    integrationName: r.integration_name || r.integration_guid,
    userEmail: mine ? null : r.email,
    since: r.since.toISOString(),
    href: mine ? `/connected-accounts?integration=${r.integration_guid}` : `/integrations/${r.integration_guid}`,
  });
  return [...own.map((r) => item(r, true)), ...others.map((r) => item(r, false))].slice(0, limit);
}
