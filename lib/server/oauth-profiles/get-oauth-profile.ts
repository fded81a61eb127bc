import "server-only";
import type { OAuthProfileDto } from "@/lib/schemas/oauth-profiles";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { loadOAuthProfile } from "./oauth-profile-dto";
import { resolveProfileOwner, type ProfileScope } from "./profile-owner";

/** One profile the caller may reach (their own; an admin's `?user=` or any owner), without tokens. */
export async function getOAuthProfile(actor: Actor, id: number, scope: ProfileScope, context: RequestContext): Promise<OAuthProfileDto> {
  const owner = await resolveProfileOwner(actor, scope, context, id);
  return loadOAuthProfile(actor.organizationId, owner.ownerId, id);
}
