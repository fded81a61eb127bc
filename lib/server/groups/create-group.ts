import "server-only";
import { AppError } from "@/lib/errors";
import { createGroupSchema, type GroupDto } from "@/lib/schemas/groups";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { parseInput } from "@/lib/server/validation";
import { groupSelect, toGroupDto } from "./group-dto";

export async function createGroup(actor: Actor, input: unknown, context: RequestContext): Promise<GroupDto> {
  await requirePermission(actor, "group.manage", context);
  const { name } = parseInput(createGroupSchema, input);
  return db.$transaction(async (tx) => {
    const taken = () => new AppError("conflict", `A group named ${name} already exists`, { fieldErrors: { name: ["Already taken"] } });
    if (await tx.group.count({ where: { organizationId: actor.organizationId, name } })) throw taken();
    // Two concurrent creates both pass the count; the unique index refuses the second (it was a 500,
    // found by the fuzzing proof).
    const row = await tx.group.create({ data: { organizationId: actor.organizationId, name }, select: groupSelect }).catch((error: { code?: string }) => {
      throw error?.code === "P2002" ? taken() : error;
    });
    const dto = toGroupDto(row);
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "group.create", resourceType: "group", resourceId: dto.guid, after: dto, context });
    return dto;
  });
}
