import "server-only";
// Who finishes a flow that comes back to the console's one callback (`/oauth/callback`), by the
// `target.kind` its starter gave beginAuthorization. Add a domain here: resolveClient loads the
// client (with its secret) for the code exchange; complete stores the tokens and returns the
// console path to send the browser to.
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { completeOAuthProfileConnect, resolveProfileClient } from "@/lib/server/oauth-profiles/complete-oauth-profile-connect";
import { OAUTH_PROFILE_TARGET } from "@/lib/server/oauth-profiles/start-oauth-profile-connect";
import { completeOAuthSessionConnect, resolveOAuthSessionClient } from "@/lib/server/oauth-sessions/complete-oauth-session-connect";
import { OAUTH_SESSION_TARGET } from "@/lib/server/oauth-sessions/oauth-session-credential";
import type { PendingFlow } from "./authorization-code";
import type { OAuthClient, TokenResult } from "./token-request";

export type CallbackTarget = {
  resolveClient(flow: PendingFlow): Promise<OAuthClient>;
  complete(flow: PendingFlow, result: TokenResult, actor: Actor, context: RequestContext): Promise<string>;
};

export const CALLBACK_TARGETS: Record<string, CallbackTarget> = {
  [OAUTH_PROFILE_TARGET]: { resolveClient: resolveProfileClient, complete: completeOAuthProfileConnect },
  [OAUTH_SESSION_TARGET]: { resolveClient: resolveOAuthSessionClient, complete: completeOAuthSessionConnect },
};
