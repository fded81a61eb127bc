import "server-only";
// One of the caller's own connected accounts; anyone else's, or another organisation's, is 404.
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { loadOAuthSessions, type OAuthSessionDto } from "./oauth-session-dto";

export async function getOAuthSession(actor: Actor, guid: string, context: RequestContext): Promise<OAuthSessionDto> {
  await requirePermission(actor, "oauthSession.own", context);
  if (!isUuid(guid)) throw notFound("OAuth session");
  const [session] = await loadOAuthSessions(actor.organizationId, { userId: actor.userId, guid });
  if (!session) throw notFound("OAuth session");
  return session;
}
