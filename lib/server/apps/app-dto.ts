import "server-only";
import { isAuthConfigType, isAuthConfigValid, type AppDto, type AuthConfigDto, type AuthConfigType } from "@/lib/schemas/apps";
import type { SecretStatusMap } from "@/lib/server/secrets/secret-store";
import { CATALOGUE_TIME, PUBLIC_ORG_ID, type CatalogueApp } from "./catalogue";

export const APP_RESOURCE = "app";

/** Secret parts of an app's auth config are stored under "<type>.<field>". */
export const appSecretField = (type: AuthConfigType, field: string) => `${type}.${field}`;

type StoredConfig = { type: string; data: Record<string, unknown> };
export type AppRow = {
  id: string;
  organizationId: string;
  name: string;
  serverName: string;
  serverUrl: string;
  imageUrl: string | null;
  schemaId: string | null;
  authConfigs: unknown;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

export function toAuthConfigDtos(configs: StoredConfig[], secrets: SecretStatusMap = {}): AuthConfigDto[] {
  return configs.filter((c) => isAuthConfigType(c.type)).map((c) => {
    const type = c.type as AuthConfigType;
    const own: AuthConfigDto["secrets"] = {};
    for (const [key, status] of Object.entries(secrets)) if (key.startsWith(`${type}.`)) own[key.slice(type.length + 1)] = status;
    return { type, isValid: isAuthConfigValid(type, c.data, new Set(Object.keys(own))), data: { ...c.data }, secrets: own };
  });
}

/** Non-secret fields only: `authConfigs` never holds a secret (they live encrypted in `secrets`). */
export const toAppDto = (row: AppRow, secrets: SecretStatusMap = {}): AppDto => ({
  id: row.id,
  orgId: row.organizationId,
  name: row.name,
  public: false,
  server: { name: row.serverName, url: row.serverUrl },
  ...(row.imageUrl && { imageUrl: row.imageUrl }),
  ...(row.schemaId && { schemaId: row.schemaId }),
  supportedAuthConfigs: toAuthConfigDtos((row.authConfigs ?? []) as StoredConfig[], secrets),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
});

export const catalogueAppDto = (app: CatalogueApp): AppDto => ({
  id: app.id,
  orgId: PUBLIC_ORG_ID,
  name: app.name,
  public: true,
  server: { ...app.server },
  ...(app.imageUrl && { imageUrl: app.imageUrl }),
  supportedAuthConfigs: toAuthConfigDtos(app.authConfigs),
  createdAt: CATALOGUE_TIME.toISOString(),
  updatedAt: CATALOGUE_TIME.toISOString(),
  version: 1,
});
