import "server-only";
// One POST to a provider's token endpoint (RFC 6749 §3.2), for every grant the console makes:
// client credentials (verify), authorization code (Connect) and refresh token. It goes through the
// SSRF guard (resolved address pinned, loopback/private refused unless allowed), with a timeout
// and a response cap. What comes back is classified once here: a token set, an OAuth error the
// provider answered with, or a transient failure (network, timeout, 5xx) that must change nothing.
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { guardedRequest, OutboundRequestError } from "./ssrf-guard";

export type ClientAuthMethod = "client_secret_basic" | "client_secret_post";

/** The client side of a token request: where, and as whom. */
export type OAuthClient = {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  authMethod: ClientAuthMethod;
};

/** Tokens as the provider issued them. Plaintext: straight into the secret store, nowhere else. */
export type TokenSet = {
  accessToken: string;
  refreshToken?: string;
  expiresIn?: number;
  /** Some providers say when the refresh token lapses (`refresh_token_expires_in`, seconds). */
  refreshTokenExpiresIn?: number;
  tokenType?: string;
  scope?: string;
};

export type TokenFailure = {
  ok: false;
  /**
   * The provider's OAuth error code (`invalid_grant`, `invalid_client`, …), or one of ours when
   * no OAuth error came back: `timeout`, `connection_failed`, `tls_failed`, `http_error`,
   * `invalid_response`.
   */
  error: string;
  /** Human-readable: the provider's error_description, or what went wrong on the way. */
  errorDescription?: string;
  /** HTTP status of the token endpoint's answer, when there was one. */
  status?: number;
  /** True when nothing was decided (network, timeout, 5xx): a caller must change nothing. */
  transient: boolean;
};

export type TokenResult = ({ ok: true } & TokenSet) | TokenFailure;

const MAX_DESCRIPTION = 500;

/** application/x-www-form-urlencoded encoding of one value (RFC 6749 §2.3.1, Appendix B). */
const formEncode = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);

/** Provider text is shown to people: strip control characters, bound it, never echo a secret. */
export function cleanProviderText(text: unknown, secrets: readonly string[]): string | undefined {
  if (typeof text !== "string" || text === "") return undefined;
  let value = text;
  for (const secret of secrets) if (secret.length >= 4) value = value.split(secret).join("[redacted]");
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

const nonEmpty = (value: unknown): value is string => typeof value === "string" && value.length > 0;

function expiresInOf(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return Math.floor(value);
  if (typeof value === "string" && /^\d+$/.test(value)) return Number(value);
  return undefined;
}

export type TokenRequest = {
  client: OAuthClient;
  /** The grant's parameters (`grant_type` and its own fields). */
  params: Record<string, string>;
  /** Values that must never appear in an error text we pass on (the code, the refresh token). */
  sensitive?: readonly string[];
  timeoutMs?: number;
  allowPrivateNetwork?: boolean;
};

/**
 * Posts one token request and classifies the answer. Resolves for anything the provider or the
 * network did; rejects with AppError("bad_request") only when the URL itself is refused (not
 * https, or a private/loopback host while those are not allowed).
 */
export async function requestToken({
  client,
  params,
  sensitive = [],
  timeoutMs = 5000,
  allowPrivateNetwork = env.allowPrivateNetwork(),
}: TokenRequest): Promise<TokenResult> {
  const secrets = [client.clientSecret, ...sensitive];
  const form = new URLSearchParams(params);
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded",
    accept: "application/json",
    "user-agent": "integration-console",
  };
  if (client.authMethod === "client_secret_basic") {
    const credentials = `${formEncode(client.clientId)}:${formEncode(client.clientSecret)}`;
    headers.authorization = `Basic ${Buffer.from(credentials, "utf8").toString("base64")}`;
  } else {
    form.set("client_id", client.clientId);
    form.set("client_secret", client.clientSecret);
  }

  let response;
  try {
    response = await guardedRequest(client.tokenUrl, {
      method: "POST",
      headers,
      body: form.toString(),
      timeoutMs,
      allowPrivateNetwork,
      label: "token endpoint",
    });
  } catch (error) {
    if (error instanceof OutboundRequestError) {
      return { ok: false, error: OUTBOUND_ERROR[error.reason], errorDescription: error.message, transient: true };
    }
    if (isAppError(error)) throw error;
    return { ok: false, error: "connection_failed", errorDescription: "request to the token endpoint failed", transient: true };
  }

  const { status } = response;
  const json = parseJson(response.body);
  const oauthError = json ? cleanProviderText(json.error, secrets) : undefined;
  const described = (errorDescription: string | undefined) => (errorDescription ? { errorDescription } : {});

  if (status >= 200 && status < 300) {
    if (!json) {
      return { ok: false, error: "invalid_response", errorDescription: `the token endpoint answered HTTP ${status} without a JSON body`, status, transient: false };
    }
    if (!nonEmpty(json.access_token)) {
      if (oauthError) return { ok: false, error: oauthError, ...described(cleanProviderText(json.error_description, secrets)), status, transient: false };
      return { ok: false, error: "invalid_response", errorDescription: "the token endpoint answered without an access_token", status, transient: false };
    }
    const expiresIn = expiresInOf(json.expires_in);
    const refreshTokenExpiresIn = expiresInOf(json.refresh_token_expires_in);
    const tokenType = cleanProviderText(json.token_type, secrets);
    const scope = cleanProviderText(json.scope, secrets);
    return {
      ok: true,
      accessToken: json.access_token,
      ...(nonEmpty(json.refresh_token) ? { refreshToken: json.refresh_token } : {}),
      ...(expiresIn !== undefined ? { expiresIn } : {}),
      ...(nonEmpty(json.refresh_token) && refreshTokenExpiresIn !== undefined ? { refreshTokenExpiresIn } : {}),
      ...(tokenType ? { tokenType } : {}),
      ...(scope ? { scope } : {}),
    };
  }

  // A 5xx is the provider failing, not deciding: like a network error, it must change nothing.
  const transient = status >= 500;
  if (oauthError) return { ok: false, error: oauthError, ...described(cleanProviderText(json?.error_description, secrets)), status, transient };
  if (status >= 300 && status < 400) {
    return { ok: false, error: "http_error", errorDescription: `the token endpoint redirected (HTTP ${status}); redirects are not followed`, status, transient };
  }
  return { ok: false, error: "http_error", errorDescription: `the token endpoint answered HTTP ${status} without an OAuth error`, status, transient };
}
