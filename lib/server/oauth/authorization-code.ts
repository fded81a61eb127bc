import "server-only";
// The authorization-code flow with PKCE (RFC 6749 §4.1, RFC 7636 S256), split at the browser:
//   beginAuthorization  — persists a pending flow (state hash, encrypted verifier, who, for what)
//                         and returns the provider URL to send the browser to;
//   completeAuthorization — on the redirect back: consumes the flow by its state (single use,
//                         expiry, organisation/user/browser binding checked), then exchanges the
//                         code with the verifier through the guarded token request.
// The verifier and the code never leave the server; `state` and the browser binding are stored
// only as hashes.
import { randomUUID } from "node:crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { keyring, currentMasterKey } from "@/lib/server/crypto/master-key";
import { decryptSecret, encryptSecret } from "@/lib/server/crypto/secret-box";
import { db } from "@/lib/server/db/client";
import { randomToken, s256, sameHash, sha256Hex } from "./pkce";
import { parseOutboundUrl } from "./ssrf-guard";
import { cleanProviderText, requestToken, type OAuthClient, type TokenFailure, type TokenSet } from "./token-request";

const DEFAULT_TTL_SECONDS = 10 * 60;
const VERIFIER_CONTEXT = (flowId: string) => ({ resourceType: "oauthPendingFlow", resourceId: flowId, field: "codeVerifier" });

/** What a flow is for, e.g. `{ kind: "oauthProfile", data: { oauthAppId: 17, name: "x" } }` (create) or `{ kind: "oauthProfile", id: "33" }` (reconnect). Non-secret. */
export type AuthorizationTarget = {
  kind: string;
  id?: string | null;
  data?: Record<string, string | number | boolean | null>;
};

export type BeginAuthorization = {
  organizationId: string;
  /** The user whose session starts the flow; the callback must come from the same user. */
  userId: string | null;
  target: AuthorizationTarget;
  authorizeUrl: string;
  clientId: string;
  scope?: string | null;
  /** Our callback URL, exactly as registered with the provider. */
  redirectUri: string;
  /** Provider-specific extras (`access_type=offline`, `prompt=consent`, …). */
  extraParams?: Record<string, string>;
  /**
   * A browser binding to reuse (the value of the caller's binding cookie), so two flows started
   * in one browser do not invalidate each other. A new one is made when absent. `false`: bind no
   * browser — for a flow an API client starts (Versori's connection-init) and hands to a browser
   * it does not control; the single-use, expiring `state` is then the only bearer.
   */
  binding?: string | null | false;
  ttlSeconds?: number;
};

export type BegunAuthorization = {
  authorizationUrl: string;
  /** Set it as an httpOnly, SameSite=Lax cookie; completeAuthorization wants it back. */
  binding: string;
  expiresAt: Date;
};

/** Checks a URL a browser will be sent to (or a token URL): https, or http on loopback when allowed. */
export function checkProviderUrl(raw: string, label: string): URL {
  const url = parseOutboundUrl(raw, { allowPrivateNetwork: env.allowPrivateNetwork(), label });
  if (url.protocol === "http:" && !/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(url.hostname)) {
    throw new AppError("bad_request", `${label} must be an https URL (plain http is accepted only on loopback)`);
  }
  return url;
}

export async function beginAuthorization(input: BeginAuthorization): Promise<BegunAuthorization> {
  const url = checkProviderUrl(input.authorizeUrl, "authorization endpoint");
  const state = randomToken();
  const verifier = randomToken();
  const binding = input.binding && input.binding.length >= 32 ? input.binding : randomToken();
  const bindBrowser = input.binding !== false;
  const id = randomUUID();
  const sealed = encryptSecret(currentMasterKey(), verifier, VERIFIER_CONTEXT(id));
  const expiresAt = new Date(Date.now() + (input.ttlSeconds ?? DEFAULT_TTL_SECONDS) * 1000);

  await db.$transaction([
    // Abandoned flows: bounded by the expiry index, so this stays cheap.
    db.oAuthPendingFlow.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.oAuthPendingFlow.create({
      data: {
        id,
        stateHash: sha256Hex(state),
        organizationId: input.organizationId,
        userId: input.userId,
        bindingHash: bindBrowser ? sha256Hex(binding) : null,
        targetKind: input.target.kind,
        targetId: input.target.id ?? null,
        targetData: input.target.data ?? {},
        redirectUri: input.redirectUri,
        verifierKeyId: sealed.keyId,
        verifierKey: new Uint8Array(sealed.wrappedKey),
        verifier: new Uint8Array(sealed.ciphertext),
        expiresAt,
      },
    }),
  ]);

  const params = url.searchParams;
  params.set("response_type", "code");
  params.set("client_id", input.clientId);
  params.set("redirect_uri", input.redirectUri);
  if (input.scope?.trim()) params.set("scope", input.scope.trim());
  params.set("state", state);
  params.set("code_challenge", s256(verifier));
  params.set("code_challenge_method", "S256");
  for (const [key, value] of Object.entries(input.extraParams ?? {})) params.set(key, value);
  return { authorizationUrl: url.toString(), binding, expiresAt };
}

/** A consumed flow, as the caller sees it: no verifier. */
export type PendingFlow = {
  id: string;
  organizationId: string;
  userId: string | null;
  target: { kind: string; id: string | null; data: Record<string, unknown> };
  redirectUri: string;
};

export type CallbackParams = {
  state: string | null;
  code: string | null;
  /** The provider's `error` / `error_description` when the user refused or something failed. */
  error?: string | null;
  errorDescription?: string | null;
};

export type CompleteAuthorization = CallbackParams & {
  /** The signed-in user receiving the callback; must be the one who began the flow (when it recorded one). */
  userId: string | null;
  /** The browser binding cookie's value. */
  binding: string | null;
  /** Loads the client (token URL, id, secret) for this flow's target; may throw AppError. */
  resolveClient: (flow: PendingFlow) => Promise<OAuthClient>;
};

/** On success the result names the token URL it came from: the tokens are stored for it. */
export type AuthorizationResult = ({ ok: true; endpoint: string } & TokenSet) | TokenFailure;
export type CompletedAuthorization = { flow: PendingFlow; result: AuthorizationResult };

export type CallbackRejection = "missing_state" | "unknown_state" | "expired" | "other_user" | "other_browser";

/** A redirect back that cannot be trusted; `reason` is safe to put in a URL. */
export class OAuthCallbackError extends AppError {
  constructor(
    readonly reason: CallbackRejection,
    message: string,
  ) {
    super("bad_request", message);
    this.name = "OAuthCallbackError";
  }
}

/**
 * Consumes the flow named by `state` and exchanges the code. Throws AppError for a callback that
 * cannot be trusted (unknown, used, expired, other user or browser); resolves with the provider's
 * answer otherwise, `result.ok === false` included (the user refused, the code was rejected…).
 */
export async function completeAuthorization(input: CompleteAuthorization): Promise<CompletedAuthorization> {
  if (!input.state) throw new OAuthCallbackError("missing_state", "The sign-in response has no state parameter.");
  // DELETE … RETURNING: a state is redeemable once, even by two callbacks racing.
  const [row] = await db.$queryRaw<
    {
      id: string;
      organization_id: string;
      user_id: string | null;
      binding_hash: string | null;
      target_kind: string;
      target_id: string | null;
      target_data: Record<string, unknown>;
      redirect_uri: string;
      verifier_key_id: string;
      verifier_wrapped_key: Uint8Array;
      verifier_ciphertext: Uint8Array;
      expires_at: Date;
    }[]
  >`DELETE FROM oauth_pending_flows WHERE state_hash = ${sha256Hex(input.state)}
    RETURNING id::text, organization_id::text, user_id::text, binding_hash, target_kind, target_id, target_data,
              redirect_uri, verifier_key_id, verifier_wrapped_key, verifier_ciphertext, expires_at`;
  if (!row) throw new OAuthCallbackError("unknown_state", "This sign-in response is unknown or was already used. Start again.");
  if (row.expires_at.getTime() <= Date.now()) throw new OAuthCallbackError("expired", "This sign-in took too long and expired. Start again.");
  if (row.user_id && row.user_id !== input.userId) throw new OAuthCallbackError("other_user", "This sign-in was started by another user.");
  if (row.binding_hash && !(input.binding && sameHash(row.binding_hash, sha256Hex(input.binding)))) {
    throw new OAuthCallbackError("other_browser", "This sign-in was started in another browser. Start again here.");
  }

  const flow: PendingFlow = {
    id: row.id,
    organizationId: row.organization_id,
    userId: row.user_id,
    target: { kind: row.target_kind, id: row.target_id, data: row.target_data ?? {} },
    redirectUri: row.redirect_uri,
  };

  if (input.error || !input.code) {
    const error = cleanProviderText(input.error, []) ?? "invalid_request";
    const errorDescription = cleanProviderText(input.errorDescription, []) ?? (input.code ? undefined : "the provider sent no authorization code");
    return { flow, result: { ok: false, error, ...(errorDescription ? { errorDescription } : {}), transient: false } };
  }

  const verifier = decryptSecret(
    keyring().all,
    { keyId: row.verifier_key_id, wrappedKey: Buffer.from(row.verifier_wrapped_key), ciphertext: Buffer.from(row.verifier_ciphertext) },
    VERIFIER_CONTEXT(row.id),
  );
  const client = await input.resolveClient(flow);
  const result = await requestToken({
    client,
    params: { grant_type: "authorization_code", code: input.code, redirect_uri: flow.redirectUri, code_verifier: verifier },
    sensitive: [input.code, verifier],
  });
  return { flow, result: result.ok ? { ...result, endpoint: client.tokenUrl } : result };
}
