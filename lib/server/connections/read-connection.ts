import "server-only";
// GetConnection's read, the hot one (clients poll a connection): the row, its app (own or from
// the catalogue), the secret statuses of both, its boards and its token facts in one named
// statement on the prepared pool (lib/server/db/prepared.ts) instead of five Prisma queries.
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { BoardRefDto } from "@/lib/schemas/boards";
import type { ConnectionDto } from "@/lib/schemas/connections";
import { catalogueAppDto } from "@/lib/server/apps/app-dto";
import { APP_JSON, appJsonToDto, type AppJson } from "@/lib/server/apps/app-sql";
import { catalogueApp } from "@/lib/server/apps/catalogue";
import { Prisma } from "@/lib/server/db/client";
import { param, prepared } from "@/lib/server/db/prepared";
import { secretStatusesJson, toSecretStatusMap } from "@/lib/server/secrets/secret-statuses-sql";
import { CONNECTION_RESOURCE, toConnectionDto, type ConnectionRow } from "./connection-dto";

type Row = ConnectionRow & {
  app: AppJson | null;
  secrets: Record<string, string> | null;
  boards: BoardRefDto[] | null;
  state: string | null;
  access_token_expires_at: Date | null;
  last_refreshed_at: Date | null;
  last_refresh_error: string | null;
};

const UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

const connectionById = prepared<Row, { id: string; organizationId: string }>(
  Prisma.sql`
  SELECT c.id::text, c.organization_id::text AS "organizationId", c.app_id AS "appId", c.name,
         c.auth_type AS "authType", c.data, c.credential_id::text AS "credentialId",
         c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.version,
         -- the organisation's own app (a catalogue id is not a uuid: the guard keeps the cast from failing)
         (SELECT ${APP_JSON} FROM apps a
           WHERE a.id = CASE WHEN c.app_id ~ ${UUID_PATTERN} THEN c.app_id::uuid END
             AND a.organization_id = c.organization_id) AS app,
         ${secretStatusesJson(CONNECTION_RESOURCE, Prisma.sql`c.id::text`)} AS secrets,
         (SELECT json_agg(json_build_object('id', b.id, 'name', b.name, 'status', b.status) ORDER BY b.name, b.id)
            FROM board_connections bc JOIN boards b ON b.id = bc.board_id
           WHERE bc.connection_id = c.id AND b.organization_id = c.organization_id) AS boards,
         oc.state, oc.access_token_expires_at, oc.last_refreshed_at, oc.last_refresh_error
    FROM connections c
    LEFT JOIN oauth_credentials oc ON oc.resource_type = ${CONNECTION_RESOURCE} AND oc.resource_id = c.id::text
   WHERE c.id = ${param("id")}::uuid AND c.organization_id = ${param("organizationId")}::uuid`,
);

/** The organisation's connection as GetConnection answers it, or 404. */
export async function readConnection(organizationId: string, connectionId: string): Promise<ConnectionDto> {
  const [row] = isUuid(connectionId) ? await connectionById({ id: connectionId, organizationId }) : [];
  if (!row) throw notFound("Connection");
  const fromCatalogue = catalogueApp(row.appId);
  const app = fromCatalogue ? catalogueAppDto(fromCatalogue) : row.app && appJsonToDto(row.app);
  const facts = row.state === null ? undefined : {
    state: row.state,
    accessTokenExpiresAt: row.access_token_expires_at,
    lastRefreshedAt: row.last_refreshed_at,
    lastRefreshError: row.last_refresh_error,
  };
  return toConnectionDto(row, app, toSecretStatusMap(row.secrets), row.boards ?? [], facts);
}
