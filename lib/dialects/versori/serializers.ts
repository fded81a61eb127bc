import "server-only";
// Domain DTOs → Switchboard's schemas (App, AppAuthConfig, Connection, Board, pages). Secret
// status maps and versions stay behind: the spec's objects carry neither, and never a secret.
import type { AppDto, AuthConfigDto } from "@/lib/schemas/apps";
import type { BoardDto } from "@/lib/schemas/boards";
import type { ConnectionDto } from "@/lib/schemas/connections";
import type { PageDto } from "@/lib/schemas/cursor-page";
import { recordEtag } from "@/lib/server/preconditions";

const SCHEMA_VERSION = "3.0.3";

export const toVersoriAuthConfig = (c: AuthConfigDto) => ({ type: c.type, isValid: c.isValid, data: c.data });

// The spec requires `schemaMetadata` and `schema` on every App; schemas themselves are not served
// here, so both describe the app's (optional) schema id with an empty source URL.
export function toVersoriApp(app: AppDto) {
  const schemaId = app.schemaId ?? `${app.id}-schema`;
  return {
    id: app.id,
    orgId: app.orgId,
    name: app.name,
    public: app.public,
    server: app.server,
    schemaMetadata: { type: "openapi", version: SCHEMA_VERSION, url: "" },
    supportedAuthConfigs: app.supportedAuthConfigs.map(toVersoriAuthConfig),
    ...(app.imageUrl && { imageUrl: app.imageUrl }),
    schema: { id: schemaId, type: "openapi", version: SCHEMA_VERSION, sourceUrl: "", createdAt: app.createdAt, updatedAt: app.updatedAt },
    ...(app.schemaId && { schemaId: app.schemaId }),
    createdAt: app.createdAt,
    updatedAt: app.updatedAt,
  };
}

export function toVersoriConnection(c: ConnectionDto) {
  return {
    id: c.id,
    orgId: c.orgId,
    name: c.name,
    app: c.app ? toVersoriApp(c.app) : null,
    authType: c.authType,
    ...(c.authConfig && { authConfig: toVersoriAuthConfig(c.authConfig) }),
    credentialId: c.credentialId,
    secretExpiresAt: c.secretExpiresAt,
    usedByBoards: c.usedByBoards.map((b) => ({ id: b.id, name: b.name })),
  };
}

export const toVersoriBoard = (b: BoardDto) => ({
  id: b.id,
  orgId: b.orgId,
  name: b.name,
  status: b.status,
  createdAt: b.createdAt,
  updatedAt: b.updatedAt,
  // Extension: the connections this board uses.
  connectionIds: b.connections.map((c) => c.id),
});

export const toVersoriPage = <T, R>(page: PageDto<T>, map: (item: T) => R) => ({
  totalCount: page.totalCount,
  ...(page.next && { next: page.next }),
  ...(page.prev && { prev: page.prev }),
  items: page.items.map(map),
});

export const withEtag = (body: unknown, dto: { id: string; version: number }, status = 200) =>
  Response.json(body, { status, headers: { etag: recordEtag(dto) } });
