import "server-only";
import type { ConnectionDto } from "@/lib/schemas/connections";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { CONNECTION_RESOURCE } from "./connection-dto";
import { readConnection } from "./read-connection";

/** GetConnection: never a secret value, only which secrets are set. */
export async function getConnection(actor: Actor, connectionId: string, context: RequestContext): Promise<ConnectionDto> {
  await requirePermission(actor, "connection.read", context, { type: CONNECTION_RESOURCE, id: connectionId });
  return readConnection(actor.organizationId, connectionId);
}
