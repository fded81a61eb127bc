import "server-only";
import { AppError } from "@/lib/errors";
import type { OAuthProfileDto } from "@/lib/schemas/oauth-profiles";
import { db, Prisma, type Tx } from "@/lib/server/db/client";
import { param, prepared } from "@/lib/server/db/prepared";
import type { CredentialRef } from "@/lib/server/oauth";

export const OAUTH_PROFILE_RESOURCE = "oauthProfile";

/** Where a profile's tokens live in the secret store (fields accessToken / refreshToken). */
export const profileCredential = (organizationId: string, id: number): CredentialRef => ({
  organizationId,
  resourceType: OAUTH_PROFILE_RESOURCE,
  resourceId: String(id),
});

/** Strong validator for ETag / If-Match. */
export const oauthProfileEtag = (profile: { id: number; version: number }) => `"oauthprofile-${profile.id}.${profile.version}"`;

/** HDP's own not-found message (code 222207710 in its error body). */
export const invalidOAuthProfileId = (id: number | string) => new AppError("not_found", `Invalid OAuthProfileId: ${id}`);

export function parseOAuthProfileId(raw: string): number {
  if (!/^\d{1,10}$/.test(raw) || Number(raw) < 1 || Number(raw) > 2_147_483_647) throw invalidOAuthProfileId(raw.slice(0, 40));
  return Number(raw);
}

export type OAuthProfileRow = {
  id: number;
  name: string;
  description: string;
  oauth_app_id: number;
  owner_id: string;
  owner_email: string;
  created_at: Date;
  updated_at: Date;
  version: number;
  app_name: string;
  data_store: number;
  authorize_uri: string;
  token_uri: string;
  scope: string;
  state: string | null;
  access_token_expires_at: Date | null;
  last_refreshed_at: Date | null;
  last_refresh_error: string | null;
  access_token_updated_at: Date | null;
  refresh_token_updated_at: Date | null;
};

/** One statement per read: the profile, its app, its owner, its token facts and token statuses. */
export const OAUTH_PROFILE_COLUMNS = Prisma.sql`
         p.id, p.name, p.description, p.oauth_app_id, p.owner_id::text, u.email AS owner_email,
         p.created_at, p.updated_at, p.version,
         a.name AS app_name, a.data_store, a.authorize_uri, a.token_uri, a.scope,
         c.state, c.access_token_expires_at, c.last_refreshed_at, c.last_refresh_error,
         (SELECT s.updated_at FROM secrets s WHERE s.resource_type = ${OAUTH_PROFILE_RESOURCE}
             AND s.resource_id = p.id::text AND s.field = 'accessToken') AS access_token_updated_at,
         (SELECT s.updated_at FROM secrets s WHERE s.resource_type = ${OAUTH_PROFILE_RESOURCE}
             AND s.resource_id = p.id::text AND s.field = 'refreshToken') AS refresh_token_updated_at`;
export const OAUTH_PROFILE_FROM = Prisma.sql`oauth_profiles p
    JOIN oauth_apps a ON a.id = p.oauth_app_id
    JOIN users u ON u.id = p.owner_id
    LEFT JOIN oauth_credentials c ON c.resource_type = ${OAUTH_PROFILE_RESOURCE} AND c.resource_id = p.id::text`;
export const OAUTH_PROFILE_SELECT = Prisma.sql`SELECT ${OAUTH_PROFILE_COLUMNS} FROM ${OAUTH_PROFILE_FROM}`;

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const toOAuthProfileDto = (row: OAuthProfileRow): OAuthProfileDto => ({
  id: row.id,
  name: row.name,
  description: row.description,
  oauthAppId: row.oauth_app_id,
  oauthAppName: row.app_name,
  dataStore: row.data_store,
  authorizeURI: row.authorize_uri,
  tokenURI: row.token_uri,
  scope: row.scope,
  owner: { id: row.owner_id, email: row.owner_email },
  state: row.state === "needs_reauthorization" ? "needs_reauthorization" : "active",
  accessTokenSet: row.access_token_updated_at !== null,
  accessTokenUpdatedAt: iso(row.access_token_updated_at),
  accessTokenExpiresAt: iso(row.access_token_expires_at),
  refreshTokenSet: row.refresh_token_updated_at !== null,
  refreshTokenUpdatedAt: iso(row.refresh_token_updated_at),
  lastRefreshedAt: iso(row.last_refreshed_at),
  lastRefreshError: row.last_refresh_error,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
  version: row.version,
});

// The API's hot read (HDP clients poll a profile): named statements on the prepared pool
// (lib/server/db/prepared.ts), planned once per connection. Inside a transaction, Prisma's client.
type ByIdArgs = { id: number; organizationId: string; ownerId?: string };
const byIdWhere = Prisma.sql`WHERE p.id = ${param("id")} AND p.organization_id = ${param("organizationId")}::uuid`;
const anyOwnersProfile = prepared<OAuthProfileRow, ByIdArgs>(Prisma.sql`${OAUTH_PROFILE_SELECT} ${byIdWhere}`);
const ownersProfile = prepared<OAuthProfileRow, ByIdArgs>(
  Prisma.sql`${OAUTH_PROFILE_SELECT} ${byIdWhere} AND p.owner_id = ${param("ownerId")}::uuid`,
);

/**
 * A profile of the organisation, owned by `ownerId` (null: any owner — admins), else HDP's
 * "Invalid OAuthProfileId": another user's profile is indistinguishable from a missing one.
 */
export async function loadOAuthProfile(organizationId: string, ownerId: string | null, id: number, client: Tx | typeof db = db): Promise<OAuthProfileDto> {
  const [row] =
    client === db
      ? await (ownerId ? ownersProfile : anyOwnersProfile)({ id, organizationId, ownerId: ownerId ?? undefined })
      : await client.$queryRaw<OAuthProfileRow[]>`${OAUTH_PROFILE_SELECT}
          WHERE p.id = ${id} AND p.organization_id = ${organizationId}::uuid
            ${ownerId ? Prisma.sql`AND p.owner_id = ${ownerId}::uuid` : Prisma.empty}`;
  if (!row) throw invalidOAuthProfileId(id);
  return toOAuthProfileDto(row);
}

/** Takes the profile row's lock for a write (and re-checks ownership under it). */
export async function lockOAuthProfile(tx: Tx, organizationId: string, ownerId: string | null, id: number): Promise<OAuthProfileDto> {
  const locked = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM oauth_profiles WHERE id = ${id} AND organization_id = ${organizationId}::uuid
      ${ownerId ? Prisma.sql`AND owner_id = ${ownerId}::uuid` : Prisma.empty}
      FOR UPDATE`;
  if (locked.length === 0) throw invalidOAuthProfileId(id);
  return loadOAuthProfile(organizationId, ownerId, id, tx);
}
