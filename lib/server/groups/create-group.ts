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
    if (await tx.group.count({ where: { organizationId: actor.organizationId, name } })) {
      throw new AppError("conflict", `A group named ${name} already exists`, { fieldErrors: { name: ["Already taken"] } });
    }
    const dto = toGroupDto(await tx.group.create({ data: { organizationId: actor.organizationId, name }, select: groupSelect }));
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "group.create", resourceType: "group", resourceId: dto.guid, after: dto, context });
    return dto;
  });
}
