import "server-only";
import { createContentSchema } from "@/lib/schemas/content";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { parseInput } from "@/lib/server/validation";

export type ContentItemDto = { guid: string; name: string; title: string | null; ownerGuid: string | null; createdAt: string };

export async function createContentItem(actor: Actor, input: unknown, context: RequestContext): Promise<ContentItemDto> {
  await requirePermission(actor, "content.associate", context);
  const data = parseInput(createContentSchema, input);
  return db.$transaction(async (tx) => {
    const row = await tx.contentItem.create({ data: { organizationId: actor.organizationId, name: data.name, ownerId: actor.userId } });
    const dto = { guid: row.id, name: row.name, title: data.title ?? null, ownerGuid: row.ownerId, createdAt: row.createdAt.toISOString() };
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "content.create", resourceType: "content", resourceId: row.id, after: dto, context });
    return dto;
  });
}
