import "server-only";
// The caller's connected accounts; with `all`, everyone's in the organisation (admins).
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { loadOAuthSessions, type OAuthSessionDto } from "./oauth-session-dto";

export async function listOAuthSessions(actor: Actor, options: { all?: boolean }, context: RequestContext): Promise<OAuthSessionDto[]> {
  await requirePermission(actor, "oauthSession.own", context);
  if (options.all) await requirePermission(actor, "oauthSession.readAll", context);
  return loadOAuthSessions(actor.organizationId, { userId: options.all ? null : actor.userId });
}
