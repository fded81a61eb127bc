import "server-only";
// The tags in use in an organisation, for the list's tag filter. Bounded at any size: the tags of
// at most SCANNED tagged integrations (the GIN index's rows) are read and at most LIMIT are
// returned; a tag beyond them is still reachable through its chip's link (`?tag=`), which the
// filter then shows as its value.
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";

const SCANNED = 5_000;
const LIMIT = 100;

export async function listIntegrationTags(actor: Actor, context: RequestContext): Promise<string[]> {
  await requirePermission(actor, "integration.read", context);
  const rows = await db.$queryRaw<{ tag: string }[]>`
    SELECT DISTINCT t.tag
      FROM (SELECT i.tags FROM integrations i WHERE i.organization_id = ${actor.organizationId}::uuid AND i.tags <> '{}' LIMIT ${SCANNED}) s,
           unnest(s.tags) AS t(tag)
     ORDER BY t.tag
     LIMIT ${LIMIT}`;
  return rows.map((r) => r.tag);
}
