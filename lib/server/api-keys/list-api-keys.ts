import "server-only";
import type { ApiKeyDto } from "@/lib/schemas/api-keys";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { toApiKeyDto } from "./api-key-dto";

/** The actor's own keys in the current organisation, newest first. */
export async function listApiKeys(actor: Actor, context: RequestContext): Promise<ApiKeyDto[]> {
  await requirePermission(actor, "apiKey.own", context);
  const rows = await db.apiKey.findMany({
    where: { userId: actor.userId, organizationId: actor.organizationId },
    orderBy: { createdAt: "desc" },
  });
  return rows.map(toApiKeyDto);
}
