import "server-only";
// A user's OAuth session (connected account) as services return it: never a token.
import { db, type Tx } from "@/lib/server/db/client";
import { OAUTH_SESSION_RESOURCE } from "./oauth-session-credential";

export type OAuthSessionDto = {
  id: string;
  guid: string;
  userId: string;
  userEmail: string;
  integrationGuid: string;
  integrationName: string;
  state: "active" | "needs_reauthorization";
  hasRefreshToken: boolean;
  accessTokenExpiresAt: Date | null;
  lastRefreshedAt: Date | null;
  lastRefreshError: string | null;
  createdAt: Date;
  updatedAt: Date;
};

type Row = {
  id: bigint;
  guid: string;
  user_id: string;
  email: string;
  integration_guid: string;
  integration_name: string;
  state: string | null;
  access_token_expires_at: Date | null;
  last_refreshed_at: Date | null;
  last_refresh_error: string | null;
  has_refresh_token: boolean;
  created_at: Date;
  updated_at: Date;
};

/**
 * Sessions of one organisation: one user's (`userId`), or everyone's (null), or one by guid; in id
 * order, `limit` at a time after the id `after` (a keyset batch: each costs the same however deep).
 */
export async function loadOAuthSessions(
  organizationId: string,
  filter: { userId?: string | null; guid?: string; after?: bigint | null },
  client: Tx | typeof db = db,
  limit = 500,
): Promise<OAuthSessionDto[]> {
  const rows = await client.$queryRaw<Row[]>`
    SELECT s.id, s.guid::text AS guid, s.user_id::text AS user_id, u.email, i.guid::text AS integration_guid, i.name AS integration_name,
           c.state, c.access_token_expires_at, c.last_refreshed_at, c.last_refresh_error,
           EXISTS (SELECT 1 FROM secrets x WHERE x.resource_type = ${OAUTH_SESSION_RESOURCE} AND x.resource_id = s.guid::text AND x.field = 'refreshToken') AS has_refresh_token,
           s.created_at, s.updated_at
      FROM oauth_sessions s
      JOIN users u ON u.id = s.user_id
      JOIN integrations i ON i.id = s.integration_id
      LEFT JOIN oauth_credentials c ON c.resource_type = ${OAUTH_SESSION_RESOURCE} AND c.resource_id = s.guid::text
     WHERE s.organization_id = ${organizationId}::uuid
       AND (${filter.userId ?? null}::uuid IS NULL OR s.user_id = ${filter.userId ?? null}::uuid)
       AND (${filter.guid ?? null}::uuid IS NULL OR s.guid = ${filter.guid ?? null}::uuid)
       AND s.id > ${filter.after ?? BigInt(0)}
     ORDER BY s.id
     LIMIT ${limit}`;
  return rows.map((r) => ({
    id: String(r.id),
    guid: r.guid,
    userId: r.user_id,
    userEmail: r.email,
    integrationGuid: r.integration_guid,
    integrationName: r.integration_name,
    state: r.state === "needs_reauthorization" ? "needs_reauthorization" : "active",
    hasRefreshToken: r.has_refresh_token,
    accessTokenExpiresAt: r.access_token_expires_at,
    lastRefreshedAt: r.last_refreshed_at,
    lastRefreshError: r.last_refresh_error,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}
