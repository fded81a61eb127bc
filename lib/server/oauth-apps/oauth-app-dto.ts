import "server-only";
import { AppError } from "@/lib/errors";
import { dataStoreLabel, type OAuthAppDto } from "@/lib/schemas/oauth-apps";
import { db, Prisma, type Tx } from "@/lib/server/db/client";
import { param, prepared } from "@/lib/server/db/prepared";

export const OAUTH_APP_RESOURCE = "oauthApp";
export const CLIENT_SECRET_FIELD = "clientSecret";

/** Strong validator for ETag / If-Match: changes with every write. */
export const oauthAppEtag = (app: { id: number; version: number }) => `"oauthapp-${app.id}.${app.version}"`;

/** HDP's own not-found message (code 222207711 in its error body). */
export const invalidOAuthAppId = (id: number | string) => new AppError("not_found", `Invalid OAuthApplicationId: ${id}`);

export type OAuthAppRow = {
  id: number;
  organization_id: string;
  name: string;
  data_store: number;
  description: string;
  client_id: string;
  authorize_uri: string;
  token_uri: string;
  scope: string;
  created_at: Date;
  updated_at: Date;
  version: number;
  profile_count: number;
  secret_updated_at: Date | null;
  secret_expires_at: Date | null;
};

/** One statement per read: the app, its profile count and its client secret's status. */
export const OAUTH_APP_COLUMNS = Prisma.sql`
  a.id, a.organization_id::text, a.name, a.data_store, a.description, a.client_id, a.authorize_uri, a.token_uri,
  a.scope, a.created_at, a.updated_at, a.version,
  (SELECT count(*)::int FROM oauth_profiles p WHERE p.oauth_app_id = a.id) AS profile_count,
  (SELECT s.updated_at FROM secrets s
    WHERE s.resource_type = ${OAUTH_APP_RESOURCE} AND s.resource_id = a.id::text AND s.field = ${CLIENT_SECRET_FIELD}) AS secret_updated_at,
  (SELECT s.expires_at FROM secrets s
    WHERE s.resource_type = ${OAUTH_APP_RESOURCE} AND s.resource_id = a.id::text AND s.field = ${CLIENT_SECRET_FIELD}) AS secret_expires_at`;

export const toOAuthAppDto = (row: OAuthAppRow): OAuthAppDto => ({
  id: row.id,
  name: row.name,
  dataStore: row.data_store,
  dataStoreName: dataStoreLabel(row.data_store),
  tenantId: row.organization_id,
  description: row.description,
  clientId: row.client_id,
  authorizeURI: row.authorize_uri,
  tokenURI: row.token_uri,
  scope: row.scope,
  clientSecretSet: row.secret_updated_at !== null,
  clientSecretUpdatedAt: row.secret_updated_at?.toISOString() ?? null,
  clientSecretExpiresAt: row.secret_expires_at?.toISOString() ?? null,
  profileCount: row.profile_count,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
  version: row.version,
});

/** An app of the organisation by id, or HDP's "Invalid OAuthApplicationId" (nothing crosses organisations). */
// The API's hot read (HDP's GET oauthapps/{id}): a named statement on the prepared pool
// (lib/server/db/prepared.ts). Inside a transaction, or to lock the row, Prisma's client.
const oauthAppById = prepared<OAuthAppRow, { id: number; organizationId: string }>(
  Prisma.sql`SELECT ${OAUTH_APP_COLUMNS} FROM oauth_apps a WHERE a.id = ${param("id")} AND a.organization_id = ${param("organizationId")}::uuid`,
);

export async function loadOAuthApp(organizationId: string, id: number, client: Tx | typeof db = db, { lock = false } = {}): Promise<OAuthAppDto> {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) throw invalidOAuthAppId(id);
  const [row] =
    client === db && !lock
      ? await oauthAppById({ id, organizationId })
      : await client.$queryRaw<OAuthAppRow[]>`
          SELECT ${OAUTH_APP_COLUMNS} FROM oauth_apps a
           WHERE a.id = ${id} AND a.organization_id = ${organizationId}::uuid
           ${lock ? Prisma.sql`FOR UPDATE OF a` : Prisma.empty}`;
  if (!row) throw invalidOAuthAppId(id);
  return toOAuthAppDto(row);
}

/** The id in a path (`/oauthapps/{id}`): a positive integer, else not found. */
export function parseOAuthAppId(raw: string): number {
  if (!/^\d{1,10}$/.test(raw)) throw invalidOAuthAppId(raw.slice(0, 40));
  return Number(raw);
}
