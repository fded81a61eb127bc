import "server-only";
import { createApiKeySchema, type ApiKeyDto } from "@/lib/schemas/api-keys";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { parseInput } from "@/lib/server/validation";
import { generateApiKey } from "./api-key-format";
import { toApiKeyDto } from "./api-key-dto";

/** Creates a key for the actor in the actor's organisation. The key itself is returned once. */
export async function createApiKey(actor: Actor, input: unknown, context: RequestContext): Promise<{ key: string; apiKey: ApiKeyDto }> {
  await requirePermission(actor, "apiKey.own", context);
  const data = parseInput(createApiKeySchema, input);
  const { key, prefix, hash } = generateApiKey();
  const expiresAt = data.expiresInDays ? new Date(Date.now() + data.expiresInDays * 86_400_000) : null;
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: { userId: actor.userId, organizationId: actor.organizationId, name: data.name, prefix, hash, expiresAt },
    });
    await recordAuditEvent(tx, {
      actor,
      organizationId: actor.organizationId,
      action: "apiKey.create",
      resourceType: "api_key",
      resourceId: created.id,
      after: toApiKeyDto(created),
      context,
    });
    return created;
  });
  return { key, apiKey: toApiKeyDto(row) };
}
