import "server-only";
import type { IntegrationDto, IntegrationPermissionDto } from "@/lib/schemas/integrations";
import { earliestExpiry } from "@/lib/expiry-dates";
import type { SecretStatusMap } from "@/lib/server/secrets/secret-store";

export const INTEGRATION_RESOURCE = "integration";

type Row = {
  id: bigint;
  guid: string;
  slug: string;
  tags: string[] | null;
  name: string;
  description: string;
  template: string;
  authType: string;
  config: unknown;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

/** Prisma include for an integration's permissions with what the pages show of each principal. */
export const permissionsInclude = {
  permissions: {
    select: { id: true, guid: true, userId: true, groupId: true, user: { select: { email: true } }, group: { select: { name: true } } },
    orderBy: { id: "asc" },
  },
} as const;

export type PermissionRow = {
  id: bigint | string | number;
  guid: string;
  userId: string | null;
  groupId: string | null;
  user?: { email: string } | null;
  group?: { name: string } | null;
};

export const toPermissionDtos = (rows: readonly PermissionRow[] = []): IntegrationPermissionDto[] =>
  rows.map((p) => ({
    id: String(p.id),
    guid: p.guid,
    userGuid: p.userId,
    groupGuid: p.groupId,
    label: p.user?.email ?? p.group?.name ?? "",
  }));

/** Non-secret fields only: `config` never holds a secret (they live encrypted in `secrets`). */
export const toIntegrationDto = (
  row: Row,
  secrets: SecretStatusMap = {},
  contentCount = 0,
  permissions: IntegrationPermissionDto[] = [],
): IntegrationDto => ({
  id: String(row.id),
  guid: row.guid,
  slug: row.slug,
  tags: row.tags ?? [],
  permissions,
  name: row.name,
  description: row.description,
  template: row.template,
  authType: row.authType,
  config: (row.config ?? {}) as Record<string, unknown>,
  secrets,
  secretExpiresAt: earliestExpiry(secrets),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
  contentCount,
});

/** Strong validator for ETag / If-Match: changes with every write. */
export const integrationEtag = (dto: { guid: string; version: number }) => `"${dto.guid}.${dto.version}"`;
