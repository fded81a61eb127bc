import "server-only";
// The credential exchange's request (RFC 8693 as Posit Connect takes it): form fields (read by the
// dialect route's bounded form reader), checked one by one with Posit's own wording where Connect has one.
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

export const TOKEN_EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange";
export const CONTENT_SESSION_TOKEN = "urn:posit:connect:content-session-token";
export const USER_SESSION_TOKEN = "urn:posit:connect:user-session-token";
export const ACCESS_TOKEN = "urn:ietf:params:oauth:token-type:access_token";
export const API_KEY_TOKEN = "urn:posit:connect:api-key";
export const AWS_CREDENTIALS = "urn:ietf:params:aws:token-type:credentials";

export type SubjectTokenType = typeof CONTENT_SESSION_TOKEN | typeof USER_SESSION_TOKEN;
export type RequestedTokenType = typeof ACCESS_TOKEN | typeof API_KEY_TOKEN;

export type ExchangeRequest = {
  subjectToken: string;
  subjectTokenType: SubjectTokenType;
  requestedTokenType: RequestedTokenType;
  /** Integration guids named by `audience` (a form may repeat it). */
  audience: string[];
  scope?: string;
  resource?: string;
};

/** The exchange reads at most this much body: its fields are a few tokens and URNs. */
export const EXCHANGE_MAX_BODY_BYTES = 16 * 1024;
const MAX_FIELD = 4096;

export const badRequest = (message: string, positCode?: number) => new AppError("bad_request", message, positCode ? { positCode } : {});

function single(form: URLSearchParams, name: string, required: boolean): string | undefined {
  const values = form.getAll(name);
  if (values.length > 1) throw badRequest(`The ${name} field is given more than once.`);
  const value = values[0];
  if (value === undefined || value === "") {
    if (required) throw badRequest(`The ${name} field is required.`);
    return undefined;
  }
  if (value.length > MAX_FIELD || value.includes("\u0000")) throw badRequest(`The ${name} field is not valid.`);
  return value;
}

export function parseExchangeRequest(form: URLSearchParams): ExchangeRequest {
  const grantType = single(form, "grant_type", true);
  if (grantType !== TOKEN_EXCHANGE_GRANT) throw badRequest(`Invalid grant_type. Expected '${TOKEN_EXCHANGE_GRANT}'.`);
  const subjectToken = single(form, "subject_token", true)!;
  const subjectTokenType = single(form, "subject_token_type", true);
  if (subjectTokenType !== CONTENT_SESSION_TOKEN && subjectTokenType !== USER_SESSION_TOKEN) {
    throw badRequest(`Invalid subject_token_type. Expected '${CONTENT_SESSION_TOKEN}' or '${USER_SESSION_TOKEN}'.`);
  }
  const requested = single(form, "requested_token_type", false) ?? ACCESS_TOKEN;
  if (requested === AWS_CREDENTIALS) throw badRequest("AWS credentials (urn:ietf:params:aws:token-type:credentials) are not issued by this server.");
  if (requested !== ACCESS_TOKEN && requested !== API_KEY_TOKEN) {
    throw badRequest(`Invalid requested_token_type. Expected '${ACCESS_TOKEN}' or '${API_KEY_TOKEN}'.`);
  }
  const audience = form.getAll("audience").flatMap((value) => value.split(/[\s,]+/)).filter(Boolean);
  if (audience.length > 20) throw badRequest("Too many audience values.");
  for (const guid of audience) if (!isUuid(guid)) throw badRequest("Invalid audience: expected an OAuth integration GUID.");
  const scope = single(form, "scope", false);
  const resource = single(form, "resource", false);
  return { subjectToken, subjectTokenType, requestedTokenType: requested, audience: [...new Set(audience.map((g) => g.toLowerCase()))], scope, resource };
}
