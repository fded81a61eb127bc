import "server-only";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { BoardDto } from "@/lib/schemas/boards";
import type { Actor } from "@/lib/server/auth/actor";
import { notFound } from "@/lib/errors";
import { db, type Db } from "@/lib/server/db/client";

export const BOARD_RESOURCE = "board";

type BoardRow = { id: string; organizationId: string; name: string; status: string; createdAt: Date; updatedAt: Date; version: number };
const withConnections = { connections: { select: { connection: { select: { id: true, name: true } } }, orderBy: { connectionId: "asc" as const } } };

export const toBoardDto = (row: BoardRow & { connections: { connection: { id: string; name: string } }[] }): BoardDto => ({
  id: row.id,
  orgId: row.organizationId,
  name: row.name,
  status: row.status,
  connections: row.connections.map((c) => c.connection),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
});

export async function loadBoard(actor: Actor, boardId: string, client: Db = db): Promise<{ row: BoardRow; dto: BoardDto }> {
  const row = isUuid(boardId) ? await client.board.findFirst({ where: { id: boardId, organizationId: actor.organizationId }, include: withConnections }) : null;
  if (!row) throw notFound("Board");
  return { row, dto: toBoardDto(row) };
}

export const boardInclude = withConnections;

/** The connection ids must all be this organisation's connections. */
export async function checkConnectionIds(actor: Actor, ids: string[], client: Db): Promise<string[]> {
  const unique = [...new Set(ids)];
  const bad = unique.filter((id) => !isUuid(id));
  const found = bad.length ? [] : await client.connection.findMany({ where: { organizationId: actor.organizationId, id: { in: unique } }, select: { id: true } });
  const known = new Set(found.map((c) => c.id));
  const missing = unique.filter((id) => !known.has(id));
  if (missing.length) throw new AppError("validation_failed", `Unknown connection: ${missing[0]}`, { fieldErrors: { connectionIds: [`Unknown connection: ${missing.join(", ")}`] } });
  return unique;
}
