import "server-only";
import type { AppDto } from "@/lib/schemas/apps";
import type { BoardRefDto } from "@/lib/schemas/boards";
import type { ConnectionDto, TokenStatusDto } from "@/lib/schemas/connections";
import { earliestExpiry } from "@/lib/expiry-dates";
import type { Actor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/server/db/client";
import { findUsableApps } from "@/lib/server/apps/find-app";
import { secretStatuses, type SecretStatusMap } from "@/lib/server/secrets/secret-store";

export const CONNECTION_RESOURCE = "connection";
/** OAuth tokens a connection holds (authorization-code connections), in the secret store. */
export const TOKEN_FIELDS = ["accessToken", "refreshToken"] as const;

export type ConnectionRow = {
  id: string;
  organizationId: string;
  appId: string;
  name: string;
  authType: string;
  data: unknown;
  credentialId: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

/** The OAuth engine's non-secret facts about a connection's tokens (oauth_credentials). */
export type TokenFacts = { state: string; accessTokenExpiresAt: Date | null; lastRefreshedAt: Date | null; lastRefreshError: string | null };

export function toConnectionDto(row: ConnectionRow, app: AppDto | null, secrets: SecretStatusMap = {}, boards: BoardRefDto[] = [], facts?: TokenFacts): ConnectionDto {
  const dataSecrets: SecretStatusMap = {};
  for (const [field, status] of Object.entries(secrets)) if (!(TOKEN_FIELDS as readonly string[]).includes(field)) dataSecrets[field] = status;
  const token: TokenStatusDto | null = facts
    ? {
        state: facts.state === "needs_reauthorization" ? "needs_reauthorization" : "active",
        accessToken: Boolean(secrets.accessToken),
        refreshToken: Boolean(secrets.refreshToken),
        expiresAt: facts.accessTokenExpiresAt?.toISOString() ?? null,
        lastRefreshAt: facts.lastRefreshedAt?.toISOString() ?? null,
        refreshError: facts.lastRefreshError,
      }
    : null;
  return {
    id: row.id,
    orgId: row.organizationId,
    name: row.name,
    appId: row.appId,
    app,
    authType: row.authType,
    authConfig: app?.supportedAuthConfigs.find((c) => c.type === row.authType) ?? null,
    credentialId: row.credentialId,
    data: (row.data ?? {}) as Record<string, unknown>,
    secrets: dataSecrets,
    secretExpiresAt: earliestExpiry(dataSecrets),
    token,
    usedByBoards: boards,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** DTOs for a page of rows: apps, secret statuses and boards in one query each for the page. */
export async function toConnectionDtos(actor: Actor, rows: ConnectionRow[], client: Db): Promise<ConnectionDto[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [apps, secrets, links, credentials] = await Promise.all([
    findUsableApps(actor, rows.map((r) => r.appId), client),
    secretStatuses(CONNECTION_RESOURCE, ids, client),
    client.boardConnection.findMany({
      where: { connectionId: { in: ids }, board: { organizationId: actor.organizationId } },
      select: { connectionId: true, board: { select: { id: true, name: true, status: true } } },
      orderBy: [{ board: { name: "asc" } }, { boardId: "asc" }],
    }),
    client.oAuthCredential.findMany({
      where: { resourceType: CONNECTION_RESOURCE, resourceId: { in: ids } },
      select: { resourceId: true, state: true, accessTokenExpiresAt: true, lastRefreshedAt: true, lastRefreshError: true },
    }),
  ]);
  const facts = new Map(credentials.map((c) => [c.resourceId, c]));
  const boards = new Map<string, BoardRefDto[]>();
  for (const link of links) boards.set(link.connectionId, [...(boards.get(link.connectionId) ?? []), link.board]);
  return rows.map((row) => toConnectionDto(row, apps.get(row.appId) ?? null, secrets.get(row.id), boards.get(row.id), facts.get(row.id)));
}
