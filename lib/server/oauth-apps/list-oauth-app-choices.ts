import "server-only";
// The apps a user may pick for their own profile ("New profile"): id and name only, so viewers —
// who own profiles but may not read OAuth apps — can choose one. One bounded page.
import { dataStoreLabel } from "@/lib/schemas/oauth-apps";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";

export const APP_CHOICES_LIMIT = 200;

export type OAuthAppChoice = { id: number; name: string; dataStoreName: string };

export async function listOAuthAppChoices(actor: Actor, context: RequestContext): Promise<OAuthAppChoice[]> {
  await requirePermission(actor, "oauthProfile.own", context, { type: "oauthApp" });
  const rows = await db.oAuthApp.findMany({
    where: { organizationId: actor.organizationId },
    select: { id: true, name: true, dataStore: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: APP_CHOICES_LIMIT,
  });
  return rows.map((r) => ({ id: r.id, name: r.name, dataStoreName: dataStoreLabel(r.dataStore) }));
}
