import "server-only";
// An app of the organisation as one JSON column, with its secret statuses: the API's hot reads
// (GetApp, and GetConnection's embedded app) take it in the same statement as the rest.
import { Prisma } from "@/lib/server/db/client";
import { secretStatusesJson, toSecretStatusMap } from "@/lib/server/secrets/secret-statuses-sql";
import { APP_RESOURCE, toAppDto, type AppRow } from "./app-dto";

/** JSON of the app row `a` (keys as AppRow) plus `secrets`. */
export const APP_JSON = Prisma.sql`json_build_object(
  'id', a.id, 'organizationId', a.organization_id, 'name', a.name, 'serverName', a.server_name,
  'serverUrl', a.server_url, 'imageUrl', a.image_url, 'schemaId', a.schema_id, 'authConfigs', a.auth_configs,
  'createdAt', a.created_at, 'updatedAt', a.updated_at, 'version', a.version,
  'secrets', ${secretStatusesJson(APP_RESOURCE, Prisma.sql`a.id::text`)})`;

export type AppJson = Omit<AppRow, "createdAt" | "updatedAt"> & { createdAt: string; updatedAt: string; secrets: Record<string, string> | null };

// Fields named one by one: a rest-and-spread copy is a slow object for V8 (see integration-rows.ts).
export const appJsonToDto = (row: AppJson) =>
  toAppDto(
    {
      id: row.id,
      organizationId: row.organizationId,
      name: row.name,
      serverName: row.serverName,
      serverUrl: row.serverUrl,
      imageUrl: row.imageUrl,
      schemaId: row.schemaId,
      authConfigs: row.authConfigs,
      createdAt: new Date(row.createdAt),
      updatedAt: new Date(row.updatedAt),
      version: row.version,
    },
    toSecretStatusMap(row.secrets),
  );
