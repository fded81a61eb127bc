import "server-only";
// The domains that finish flows coming back to the console's one callback (`/oauth/callback`),
// by the `target.kind` their starter gave beginAuthorization. Composed here, one layer above the
// OAuth engine, so the engine (lib/server/oauth/) depends on none of its users. Add a domain here.
import type { CallbackTargets } from "@/lib/server/oauth/handle-callback";
import { completeOAuthProfileConnect, resolveProfileClient } from "@/lib/server/oauth-profiles/complete-oauth-profile-connect";
import { OAUTH_PROFILE_TARGET } from "@/lib/server/oauth-profiles/start-oauth-profile-connect";
import { completeOAuthSessionConnect, resolveOAuthSessionClient } from "@/lib/server/oauth-sessions/complete-oauth-session-connect";
import { OAUTH_SESSION_TARGET } from "@/lib/server/oauth-sessions/oauth-session-credential";

export const CALLBACK_TARGETS: CallbackTargets = {
  [OAUTH_PROFILE_TARGET]: { resolveClient: resolveProfileClient, complete: completeOAuthProfileConnect },
  [OAUTH_SESSION_TARGET]: { resolveClient: resolveOAuthSessionClient, complete: completeOAuthSessionConnect },
};
