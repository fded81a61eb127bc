import "server-only";
// "Verify" for an OAuth integration: a real client-credentials token request (RFC 6749 §4.4) to
// the configured token endpoint with the stored secret. Only the outcome leaves this module: the
// access token is checked for presence and dropped, never returned, logged or stored.
import { requestToken, type ClientAuthMethod } from "./token-request";

export type { ClientAuthMethod } from "./token-request";

export type ClientCredentialsRequest = {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Space-separated scopes; omitted from the request when empty. */
  scope?: string;
  authMethod: ClientAuthMethod;
  timeoutMs?: number;
  allowPrivateNetwork?: boolean;
};

export type ClientCredentialsResult =
  | { ok: true; tokenType?: string; expiresIn?: number; scope?: string }
  | {
      ok: false;
      /**
       * The provider's OAuth error code (`invalid_client`, `invalid_scope`, …), or one of ours when
       * no OAuth error came back: `timeout`, `connection_failed`, `tls_failed`, `http_error`,
       * `invalid_response`.
       */
      error: string;
      /** Human-readable: the provider's error_description, or what went wrong on the way. */
      errorDescription?: string;
      /** HTTP status of the token endpoint's answer, when there was one. */
      status?: number;
    };

/**
 * Requests a token with the client-credentials grant and reports whether it was issued.
 *
 * Resolves with `ok: false` for anything the token endpoint or the network did (OAuth error,
 * non-JSON answer, refused connection, timeout). Rejects with AppError("bad_request") when the
 * URL itself is refused: not https (http only on loopback with private networks allowed), or a
 * host that resolves to a private/loopback/link-local address while those are not allowed.
 */
export async function requestClientCredentialsToken({
  tokenUrl,
  clientId,
  clientSecret,
  scope,
  authMethod,
  timeoutMs,
  allowPrivateNetwork,
}: ClientCredentialsRequest): Promise<ClientCredentialsResult> {
  const params: Record<string, string> = { grant_type: "client_credentials" };
  if (scope?.trim()) params.scope = scope.trim();
  const result = await requestToken({ client: { tokenUrl, clientId, clientSecret, authMethod }, params, timeoutMs, allowPrivateNetwork });
  if (!result.ok) {
    const { error, errorDescription, status } = result;
    return { ok: false, error, ...(errorDescription ? { errorDescription } : {}), ...(status !== undefined ? { status } : {}) };
  }
  // The tokens themselves are deliberately not read any further.
  const { tokenType, expiresIn, scope: grantedScope } = result;
  return {
    ok: true,
    ...(tokenType ? { tokenType } : {}),
    ...(expiresIn !== undefined ? { expiresIn } : {}),
    ...(grantedScope ? { scope: grantedScope } : {}),
  };
}
