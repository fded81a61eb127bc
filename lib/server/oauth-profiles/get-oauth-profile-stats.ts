import "server-only";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { loadOAuthProfile } from "./oauth-profile-dto";
import { resolveProfileOwner, type ProfileScope } from "./profile-owner";

export type OAuthProfileStats = { dataSourcesLinked: number; dataStoreId: number; dataSources: { id: number; name: string; description: string }[] };

/**
 * HDP's GET /oauthprofiles/{id}/stats. The console has no HDP data sources, so nothing links to a
 * profile: zero and an empty list, with the app's data store.
 */
export async function getOAuthProfileStats(actor: Actor, id: number, scope: ProfileScope, context: RequestContext): Promise<OAuthProfileStats> {
  const owner = await resolveProfileOwner(actor, scope, context, id);
  const profile = await loadOAuthProfile(actor.organizationId, owner.ownerId, id);
  return { dataSourcesLinked: 0, dataStoreId: profile.dataStore, dataSources: [] };
}
