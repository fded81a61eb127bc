import "server-only";
// The console's "Add member": a person names the user by email or username; the user is looked
// up among this organisation's members and added through the same service as Posit's
// `POST v1/groups/{guid}/members`. Someone outside the organisation is "not found", like a typo.
import { AppError } from "@/lib/errors";
import { addMemberFormSchema } from "@/lib/schemas/groups";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { parseInput } from "@/lib/server/validation";
import { findGroup } from "./group-dto";
import { addGroupMember } from "./group-members";

export async function addGroupMemberByLogin(actor: Actor, guid: string, input: unknown, context: RequestContext): Promise<{ userId: string; email: string }> {
  await requirePermission(actor, "group.manage", context, { type: "group", id: guid });
  const login = parseInput(addMemberFormSchema, input).login.toLowerCase();
  const group = await findGroup(actor, guid);
  const member = await db.membership.findFirst({
    where: { organizationId: actor.organizationId, user: login.includes("@") ? { email: login } : { username: login } },
    select: { user: { select: { id: true, email: true } } },
  });
  if (!member) {
    throw new AppError("bad_request", `No one in this organisation has the ${login.includes("@") ? "email address" : "username"} ${login.slice(0, 100)}`, {
      fieldErrors: { login: ["No one in this organisation has this email address or username"] },
    });
  }
  const already = await db.groupMember.count({ where: { groupId: group.id, userId: member.user.id } });
  if (already) throw new AppError("conflict", `${member.user.email} is already a member`, { fieldErrors: { login: ["Already a member of this group"] } });
  await addGroupMember(actor, guid, { user_guid: member.user.id }, context);
  return { userId: member.user.id, email: member.user.email };
}
