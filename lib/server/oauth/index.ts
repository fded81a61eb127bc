import "server-only";
// The OAuth engine: every request the console makes to an OAuth provider, and where the tokens
// go. Domains (OAuth profiles, connections) use it like this:
//
//   Where tokens go — a CredentialRef: `{ organizationId, resourceType, resourceId, fields? }`.
//     The tokens are two secret-store fields of that resource (`accessToken`/`refreshToken`
//     unless `fields` renames them); an `oauth_credentials` row holds the non-secret facts
//     (state `active` | `needs_reauthorization`, access-token expiry, last refresh and its error).
//
//   Connect (browser) —
//     1. `beginAuthorization({ organizationId, userId, target: { kind, id?, data? }, authorizeUrl,
//        clientId, scope, redirectUri, binding })` in the action behind "Connect": persists a
//        pending flow (10 min, single use) and returns `{ authorizationUrl, binding }`. Set
//        `binding` as an httpOnly SameSite=Lax cookie (`OAUTH_BINDING_COOKIE`) and redirect.
//        `target.kind` names your domain ("oauthProfile", "connection"); `data` carries the
//        non-secret form values you need afterwards (never a secret).
//     2. The provider redirects to `/oauth/callback` (OAUTH_CALLBACK_PATH); that route calls
//        `completeAuthorization` and hands `{ flow, result }` to the handler registered for
//        `flow.target.kind` in `lib/server/oauth-callback-targets.ts` (add yours there: the engine
//        imports no domain). On `result.ok`, create/update your row and call
//        `storeTokens(tx, ref, result)` in the same transaction, then audit. (A dialect with its
//        own callback path, like Versori's, can call `completeAuthorization` itself.)
//     The code verifier (PKCE S256) and the code never leave the server; `state` and the binding
//     are stored as hashes; the callback must come from the same user and browser.
//
//   Paste / replace tokens — `storeTokens(tx, ref, { accessToken?, refreshToken?, expiresAt? })`.
//   Refresh — `refreshCredential({ ref, client, onOutcome, cooldown? })`: one provider call even
//     when two instances refresh at once (a lease on the row + generation: single-flight.ts),
//     rotated refresh tokens kept, `invalid_grant` → needs_reauthorization, network errors change
//     nothing; with `cooldown`, a failure also holds further refreshes off for 2, 4 … 300 s
//     ("cooling_down"). Audit in onOutcome.
//   Needs reauthorization — `markNeedsReauthorization(tx, ref, reason)` when tokens can no longer
//     be used (the endpoint that issued them moved).
//   Delete — `deleteCredential(tx, ref)` with the resource.
//   Client — `OAuthClient { tokenUrl, clientId, clientSecret, authMethod }`: read the client
//     secret with `readSecretValueForUse(…, endpoint)` just before the call; never return it.
//   Endpoints — a stored secret or token is only ever sent to the endpoint it was stored for:
//     `storeTokens` records `tokens.endpoint` (Connect's result carries the token URL it came
//     from), a refresh reads the refresh token for `client.tokenUrl` and is refused (400) for
//     any other; a kept token stored for another endpoint is dropped, never re-bound.
//
// Every request goes through ssrf-guard.ts (address pinned, private/loopback refused unless
// CONSOLE_ALLOW_PRIVATE_NETWORK=true, 5 s timeout, 64 KiB cap). No token is ever returned by an
// API, shown in a page, logged or audited.
export {
  beginAuthorization,
  checkProviderUrl,
  completeAuthorization,
  OAuthCallbackError,
  type AuthorizationResult,
  type AuthorizationTarget,
  type PendingFlow,
} from "./authorization-code";
export { deleteCredential, markNeedsReauthorization, readCredentialFacts, storeTokens, type CredentialRef, type CredentialState } from "./credentials";
export { refreshCredential, type CooledRefreshOutcome, type RefreshOutcome } from "./refresh";
export { type OAuthClient, type TokenResult, type TokenSet } from "./token-request";

/** The cookie that binds a pending flow to the browser that started it. */
export const OAUTH_BINDING_COOKIE = "ic_oauth_binding";
/** The console's one callback path (register `${origin}${OAUTH_CALLBACK_PATH}` with providers). */
export const OAUTH_CALLBACK_PATH = "/oauth/callback";
