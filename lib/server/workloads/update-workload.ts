import "server-only";
import { updateContentSchema, type WorkloadDto } from "@/lib/schemas/content";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { checkPrecondition, type Precondition } from "@/lib/server/preconditions";
import { parseInput } from "@/lib/server/validation";
import { lockWorkload, toWorkloadDto, workloadEtag, workloadSelect } from "./workload-dto";

/** Changes the fields given (name, title, description); If-Match or the form's version guards it (412). */
export async function updateWorkload(actor: Actor, guid: string, input: unknown, precondition: Precondition, context: RequestContext): Promise<WorkloadDto> {
  await requirePermission(actor, "workload.update", context, { type: "content", id: guid });
  const data = parseInput(updateContentSchema, input);
  return db.$transaction(async (tx) => {
    const current = await lockWorkload(actor, guid, tx);
    const before = toWorkloadDto(current);
    checkPrecondition({ etag: workloadEtag(before), version: before.version }, precondition, "workload");
    const row = await tx.contentItem.update({
      where: { id: current.id },
      data: {
        ...(data.name !== undefined && { name: data.name }),
        ...(data.title !== undefined && { title: data.title || null }),
        ...(data.description !== undefined && { description: data.description ?? "" }),
        updatedAt: new Date(),
        version: { increment: 1 },
      },
      select: workloadSelect,
    });
    const after = toWorkloadDto(row);
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "content.update", resourceType: "content", resourceId: row.id, before, after, context });
    return after;
  });
}
