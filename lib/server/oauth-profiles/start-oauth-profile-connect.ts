import "server-only";
// "Connect with <app>" (a new profile) and "Reconnect" (new tokens for an existing one): starts
// the authorization-code flow for the signed-in user. Only the owner connects their own profile:
// the tokens are whatever account consents in this browser.
import { AppError } from "@/lib/errors";
import { connectOAuthProfileSchema } from "@/lib/schemas/oauth-profiles";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { beginAuthorization } from "@/lib/server/oauth";
import { loadOAuthAppClient } from "@/lib/server/oauth-apps/oauth-app-client";
import { parseInput } from "@/lib/server/validation";
import { loadOAuthProfile } from "./oauth-profile-dto";
import { resolveProfileOwner } from "./profile-owner";
import { duplicateProfileName } from "./profile-rules";

export const OAUTH_PROFILE_TARGET = "oauthProfile";

export type ConnectRequest = { redirectUri: string; binding: string | null };
export type ConnectStart = { authorizationUrl: string; binding: string };

async function begin(actor: Actor, appId: number, target: { id?: string; data: Record<string, string | number> }, request: ConnectRequest): Promise<ConnectStart> {
  const app = await loadOAuthAppClient(actor.organizationId, appId);
  const begun = await beginAuthorization({
    organizationId: actor.organizationId,
    userId: actor.userId,
    target: { kind: OAUTH_PROFILE_TARGET, id: target.id ?? null, data: { ...target.data, oauthAppId: appId } },
    authorizeUrl: app.authorizeUrl,
    clientId: app.client.clientId,
    scope: app.scope,
    redirectUri: request.redirectUri,
    // Google issues a refresh token only for offline access with fresh consent; other providers ignore these.
    extraParams: { access_type: "offline", prompt: "consent" },
    binding: request.binding,
  });
  return { authorizationUrl: begun.authorizationUrl, binding: begun.binding };
}

/** A new profile, created when the provider redirects back with a code. */
export async function startOAuthProfileConnect(actor: Actor, input: unknown, request: ConnectRequest, context: RequestContext): Promise<ConnectStart> {
  await resolveProfileOwner(actor, {}, context);
  const data = parseInput(connectOAuthProfileSchema, input);
  const taken = await db.oAuthProfile.findFirst({ where: { organizationId: actor.organizationId, ownerId: actor.userId, name: data.name }, select: { id: true } });
  if (taken) throw duplicateProfileName(data.name);
  try {
    return await begin(actor, data.oauthAppId, { data: { mode: "create", name: data.name, description: data.description } }, request);
  } catch (error) {
    if (error instanceof AppError && error.message.startsWith("Invalid OAuthApplicationId")) {
      throw new AppError("validation_failed", error.message, { fieldErrors: { oauthAppId: [error.message] } });
    }
    throw error;
  }
}

/** New tokens for one of the caller's own profiles (clears "needs reauthorization" on success). */
export async function startOAuthProfileReconnect(actor: Actor, id: number, request: ConnectRequest, context: RequestContext): Promise<ConnectStart> {
  await resolveProfileOwner(actor, {}, context, id);
  const profile = await loadOAuthProfile(actor.organizationId, actor.userId, id);
  return begin(actor, profile.oauthAppId, { id: String(id), data: { mode: "reconnect" } }, request);
}
