import "server-only";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { ConnectionDto } from "@/lib/schemas/connections";
import type { Actor } from "@/lib/server/auth/actor";
import { db, type Db } from "@/lib/server/db/client";
import { toConnectionDtos, type ConnectionRow } from "./connection-dto";

/** The organisation's connection and its DTO, or 404 (another organisation's is "not found"). */
export async function loadConnection(actor: Actor, connectionId: string, client: Db = db): Promise<{ row: ConnectionRow; dto: ConnectionDto }> {
  const row = isUuid(connectionId) ? await client.connection.findFirst({ where: { id: connectionId, organizationId: actor.organizationId } }) : null;
  if (!row) throw notFound("Connection");
  const [dto] = await toConnectionDtos(actor, [row], client);
  return { row, dto };
}
