import "server-only";
// "Verify" for an OAuth integration: a real client-credentials token request (RFC 6749 §4.4) to
// the configured token endpoint with the stored secret. Only the outcome leaves this module: the
// access token is checked for presence and dropped, never returned, logged or stored.
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { guardedRequest, OutboundRequestError } from "./ssrf-guard";

export type ClientAuthMethod = "client_secret_basic" | "client_secret_post";

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

const MAX_DESCRIPTION = 500;

/** application/x-www-form-urlencoded encoding of one value (RFC 6749 §2.3.1, Appendix B). */
const formEncode = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);

/** Provider text is shown to admins: strip control characters, bound it, and never echo the secret. */
function clean(text: unknown, secret: string): string | undefined {
  if (typeof text !== "string" || text === "") return undefined;
  let value = text;
  if (secret.length >= 4) value = value.split(secret).join("[redacted]");
  value = value.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
  return value.length > MAX_DESCRIPTION ? `${value.slice(0, MAX_DESCRIPTION)}…` : value;
}

function parseJson(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const OUTBOUND_ERROR: Record<OutboundRequestError["reason"], string> = {
  timeout: "timeout",
  dns: "connection_failed",
  connect: "connection_failed",
  network: "connection_failed",
  tls: "tls_failed",
  too_large: "invalid_response",
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
  timeoutMs = 5000,
  allowPrivateNetwork = env.allowPrivateNetwork(),
}: ClientCredentialsRequest): Promise<ClientCredentialsResult> {
  const form = new URLSearchParams({ grant_type: "client_credentials" });
  if (scope?.trim()) form.set("scope", scope.trim());
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded",
    accept: "application/json",
    "user-agent": "integration-console/verify",
  };
  if (authMethod === "client_secret_basic") {
    const credentials = `${formEncode(clientId)}:${formEncode(clientSecret)}`;
    headers.authorization = `Basic ${Buffer.from(credentials, "utf8").toString("base64")}`;
  } else {
    form.set("client_id", clientId);
    form.set("client_secret", clientSecret);
  }

  let response;
  try {
    response = await guardedRequest(tokenUrl, {
      method: "POST",
      headers,
      body: form.toString(),
      timeoutMs,
      allowPrivateNetwork,
      label: "token endpoint",
    });
  } catch (error) {
    if (error instanceof OutboundRequestError) {
      return { ok: false, error: OUTBOUND_ERROR[error.reason], errorDescription: error.message };
    }
    if (isAppError(error)) throw error;
    return { ok: false, error: "connection_failed", errorDescription: "request to the token endpoint failed" };
  }

  const { status } = response;
  const json = parseJson(response.body);

  if (status >= 200 && status < 300) {
    if (!json) {
      return { ok: false, error: "invalid_response", errorDescription: `the token endpoint answered HTTP ${status} without a JSON body`, status };
    }
    const hasToken = typeof json.access_token === "string" && json.access_token.length > 0;
    if (!hasToken) {
      const oauthError = clean(json.error, clientSecret);
      if (oauthError) return { ok: false, error: oauthError, errorDescription: clean(json.error_description, clientSecret), status };
      return { ok: false, error: "invalid_response", errorDescription: "the token endpoint answered without an access_token", status };
    }
    // The token itself is deliberately not read any further.
    const expiresIn = typeof json.expires_in === "number" ? json.expires_in : typeof json.expires_in === "string" && /^\d+$/.test(json.expires_in) ? Number(json.expires_in) : undefined;
    return {
      ok: true,
      ...(typeof json.token_type === "string" ? { tokenType: clean(json.token_type, clientSecret) } : {}),
      ...(expiresIn !== undefined ? { expiresIn } : {}),
      ...(typeof json.scope === "string" ? { scope: clean(json.scope, clientSecret) } : {}),
    };
  }

  const oauthError = json ? clean(json.error, clientSecret) : undefined;
  if (oauthError) {
    const errorDescription = clean(json?.error_description, clientSecret);
    return { ok: false, error: oauthError, ...(errorDescription ? { errorDescription } : {}), status };
  }
  if (status >= 300 && status < 400) {
    return { ok: false, error: "http_error", errorDescription: `the token endpoint redirected (HTTP ${status}); redirects are not followed`, status };
  }
  return { ok: false, error: "http_error", errorDescription: `the token endpoint answered HTTP ${status} without an OAuth error`, status };
}
