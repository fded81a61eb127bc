import "server-only";
import type { MemberDto } from "@/lib/schemas/users";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { memberSelect, toMemberDto } from "./member-dto";

export async function listMembers(actor: Actor, context: RequestContext): Promise<MemberDto[]> {
  await requirePermission(actor, "user.read", context);
  const rows = await db.membership.findMany({
    where: { organizationId: actor.organizationId },
    select: memberSelect,
    orderBy: { user: { email: "asc" } },
  });
  return rows.map(toMemberDto);
}
