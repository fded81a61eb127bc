import "server-only";
// "Who can use it" in the integration form: people and groups of the actor's organisation whose
// email, username, name or group name matches what was typed — a few of each, never another
// organisation's.
import type { PrincipalChoice } from "@/lib/schemas/integrations";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";

const LIMIT = 8;

export async function searchPrincipals(actor: Actor, query: string, context: RequestContext): Promise<PrincipalChoice[]> {
  await requirePermission(actor, "integration.update", context);
  const q = query.trim().slice(0, 100);
  if (!q) return [];
  const contains = { contains: q, mode: "insensitive" as const };
  const [members, groups] = await Promise.all([
    db.membership.findMany({
      where: { organizationId: actor.organizationId, user: { OR: [{ email: contains }, { username: contains }, { firstName: contains }, { lastName: contains }] } },
      orderBy: { user: { email: "asc" } },
      take: LIMIT,
      select: { user: { select: { id: true, email: true, username: true, firstName: true, lastName: true } } },
    }),
    db.group.findMany({
      where: { organizationId: actor.organizationId, name: contains },
      orderBy: { name: "asc" },
      take: LIMIT,
      select: { id: true, name: true, _count: { select: { members: true } } },
    }),
  ]);
  return [
    ...groups.map((g): PrincipalChoice => ({ kind: "group", guid: g.id, label: g.name, detail: `Group · ${g._count.members} member${g._count.members === 1 ? "" : "s"}` })),
    ...members.map(({ user: u }): PrincipalChoice => ({
      kind: "user",
      guid: u.id,
      label: u.email,
      detail: [u.username, [u.firstName, u.lastName].filter(Boolean).join(" ")].filter(Boolean).join(" · "),
    })),
  ];
}
