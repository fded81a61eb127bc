import "server-only";
import { createContentSchema, type WorkloadDto } from "@/lib/schemas/content";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { parseInput } from "@/lib/server/validation";
import { toWorkloadDto, workloadSelect } from "./workload-dto";

/** A new workload owned by the actor (Posit: the creator owns the content). */
export async function createWorkload(actor: Actor, input: unknown, context: RequestContext): Promise<WorkloadDto> {
  await requirePermission(actor, "workload.create", context, { type: "content" });
  const data = parseInput(createContentSchema, input);
  return db.$transaction(async (tx) => {
    const row = await tx.contentItem.create({
      data: { organizationId: actor.organizationId, ownerId: actor.userId, name: data.name, title: data.title || null, description: data.description ?? "" },
      select: workloadSelect,
    });
    const dto = toWorkloadDto(row);
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "content.create", resourceType: "content", resourceId: row.id, after: dto, context });
    return dto;
  });
}
