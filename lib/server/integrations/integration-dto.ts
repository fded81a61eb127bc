import "server-only";
import type { IntegrationDto } from "@/lib/schemas/integrations";
import type { SecretStatusMap } from "@/lib/server/secrets/secret-store";

export const INTEGRATION_RESOURCE = "integration";

type Row = {
  id: bigint;
  guid: string;
  name: string;
  description: string;
  template: string;
  authType: string;
  config: unknown;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

/** Non-secret fields only: `config` never holds a secret (they live encrypted in `secrets`). */
export const toIntegrationDto = (row: Row, secrets: SecretStatusMap = {}, contentCount = 0): IntegrationDto => ({
  id: String(row.id),
  guid: row.guid,
  name: row.name,
  description: row.description,
  template: row.template,
  authType: row.authType,
  config: (row.config ?? {}) as Record<string, unknown>,
  secrets,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
  contentCount,
});

/** Strong validator for ETag / If-Match: changes with every write. */
export const integrationEtag = (dto: { guid: string; version: number }) => `"${dto.guid}.${dto.version}"`;
