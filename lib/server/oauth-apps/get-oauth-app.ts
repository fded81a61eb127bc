import "server-only";
import type { OAuthAppDto } from "@/lib/schemas/oauth-apps";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { loadOAuthApp, OAUTH_APP_RESOURCE } from "./oauth-app-dto";

/** One OAuth app of the caller's organisation, without its client secret. */
export async function getOAuthApp(actor: Actor, id: number, context: RequestContext): Promise<OAuthAppDto> {
  await requirePermission(actor, "oauthApp.read", context, { type: OAUTH_APP_RESOURCE, id: String(id) });
  return loadOAuthApp(actor.organizationId, id);
}
