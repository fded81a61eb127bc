import "server-only";
// The workload page's "Add integration" search: a few of the organisation's integrations whose
// name or slug holds the text (at most ten, by name; one index range per keystroke, never the list).
// Whether the workload's owner may use one is checked when it is associated.
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";

export type AssociableIntegration = { guid: string; name: string; template: string; authType: string };

export const ASSOCIABLE_SHOWN = 10;

export async function searchAssociableIntegrations(actor: Actor, text: string, context: RequestContext): Promise<AssociableIntegration[]> {
  await requirePermission(actor, "content.associate", context, { type: "integration" });
  const q = text.trim().slice(0, 100);
  const rows = await db.integration.findMany({
    where: {
      organizationId: actor.organizationId,
      ...(q && { OR: [{ name: { contains: q, mode: "insensitive" } }, { slug: { contains: q, mode: "insensitive" } }] }),
    },
    select: { guid: true, name: true, template: true, authType: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: ASSOCIABLE_SHOWN,
  });
  return rows;
}
