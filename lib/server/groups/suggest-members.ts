import "server-only";
// "Add member" suggestions: this organisation's people whose email, username or name contains what
// was typed, minus the group's members — as the integration form's people picker finds them.
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { findGroup } from "./group-dto";

const LIMIT = 8;

export type MemberSuggestion = { email: string; detail: string };

export async function suggestGroupMembers(actor: Actor, guid: string, query: string, context: RequestContext): Promise<MemberSuggestion[]> {
  await requirePermission(actor, "group.manage", context, { type: "group", id: guid });
  const group = await findGroup(actor, guid);
  const q = query.trim().slice(0, 100);
  if (!q) return [];
  const contains = { contains: q, mode: "insensitive" as const };
  const rows = await db.membership.findMany({
    where: {
      organizationId: actor.organizationId,
      user: { OR: [{ email: contains }, { username: contains }, { firstName: contains }, { lastName: contains }], groupMemberships: { none: { groupId: group.id } } },
    },
    orderBy: { user: { email: "asc" } },
    take: LIMIT,
    select: { user: { select: { email: true, username: true, firstName: true, lastName: true } } },
  });
  return rows.map(({ user: u }) => ({ email: u.email, detail: [u.username, [u.firstName, u.lastName].filter(Boolean).join(" ")].filter(Boolean).join(" · ") }));
}
