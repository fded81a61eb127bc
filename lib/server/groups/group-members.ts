import "server-only";
// A group's members (users of the group's organisation), listed in the order they were added.
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { addGroupMemberSchema } from "@/lib/schemas/groups";
import type { MemberDto } from "@/lib/schemas/users";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { memberSelect, toMemberDto } from "@/lib/server/users/member-dto";
import { parseInput } from "@/lib/server/validation";
import { findGroup } from "./group-dto";

export async function listGroupMembers(actor: Actor, guid: string, page: { page_number: number; page_size: number }, context: RequestContext) {
  await requirePermission(actor, "group.read", context, { type: "group", id: guid });
  const group = await findGroup(actor, guid);
  // One query (relationJoins): each member row with its user and that user's membership here.
  const rows = await db.groupMember.findMany({
    where: { groupId: group.id },
    orderBy: { id: "asc" },
    skip: (page.page_number - 1) * page.page_size,
    take: page.page_size,
    select: {
      user: {
        select: {
          ...memberSelect.user.select,
          memberships: { where: { organizationId: actor.organizationId }, select: { role: true, disabledAt: true, createdAt: true, updatedAt: true, version: true } },
        },
      },
    },
  });
  const results: MemberDto[] = rows.flatMap(({ user: { memberships, ...user } }) => memberships.map((m) => toMemberDto({ ...m, user })));
  return { results, total: group._count.members };
}

export async function addGroupMember(actor: Actor, guid: string, input: unknown, context: RequestContext): Promise<void> {
  await requirePermission(actor, "group.manage", context, { type: "group", id: guid });
  const { user_guid } = parseInput(addGroupMemberSchema, input);
  await db.$transaction(async (tx) => {
    const group = await findGroup(actor, guid, tx);
    // A user of another organisation is refused exactly like an unknown one.
    const member = isUuid(user_guid) && (await tx.membership.count({ where: { organizationId: actor.organizationId, userId: user_guid } }));
    if (!member) throw new AppError("bad_request", `Unknown user guid ${user_guid.slice(0, 64)}`, { fieldErrors: { user_guid: ["Unknown user"] } });
    const { count } = await tx.groupMember.createMany({ data: [{ groupId: group.id, userId: user_guid }], skipDuplicates: true });
    if (count) await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "group.addMember", resourceType: "group", resourceId: group.id, resourceName: group.name, after: { userGuid: user_guid }, context });
  });
}

export async function removeGroupMember(actor: Actor, guid: string, userGuid: string, context: RequestContext): Promise<void> {
  await requirePermission(actor, "group.manage", context, { type: "group", id: guid });
  await db.$transaction(async (tx) => {
    const group = await findGroup(actor, guid, tx);
    const { count } = isUuid(userGuid) ? await tx.groupMember.deleteMany({ where: { groupId: group.id, userId: userGuid } }) : { count: 0 };
    if (!count) throw notFound("Group member");
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "group.removeMember", resourceType: "group", resourceId: group.id, resourceName: group.name, before: { userGuid }, context });
  });
}
