// The one map from codes a redirect puts in a console URL (`?error=`, `?oauthError=`, `?reason=`)
// to the words a page shows. A URL is anyone's to write: a page never displays its text, only the
// message of a known code, and anything else as a generic message. Producers put codes, not text,
// in URLs (`noticeCode`).
const MESSAGES = {
  // The provider's answer (RFC 6749 §4.1.2.1 and §5.2).
  access_denied: "You declined at the provider, so nothing was saved.",
  invalid_request: "The provider refused the request as malformed.",
  unauthorized_client: "The provider does not allow this client to sign in this way.",
  unsupported_response_type: "The provider does not support this kind of sign-in.",
  invalid_scope: "The provider refused the requested scope.",
  server_error: "The provider had an error. Try again later.",
  temporarily_unavailable: "The provider is temporarily unavailable. Try again later.",
  invalid_grant: "The provider refused the authorization code (used, expired or issued for another redirect).",
  invalid_client: "The provider refused the client id or secret.",
  unsupported_grant_type: "The provider does not support this grant type.",
  // The token request, as the console saw it.
  connection_failed: "The provider's token endpoint could not be reached.",
  invalid_response: "The provider's token endpoint gave an answer the console could not use.",
  http_error: "The provider's token endpoint answered with an error.",
  // A redirect back the console could not trust (lib/server/oauth).
  missing_state: "The provider's answer was incomplete.",
  unknown_state: "This sign-in was already used or is unknown. Start again from the console.",
  expired: "The sign-in took too long and expired. Start again.",
  other_user: "This sign-in was started by another user.",
  other_browser: "This sign-in was started in another browser. Start again here.",
  other_organization: "Switch back to the organisation you started from, then start again.",
  // The console's own refusals (AppError codes) and outcomes.
  name_taken: "You already have a profile with that name.",
  bad_request: "The request was not accepted. Start again from the form.",
  validation_failed: "Some details were not accepted. Check the form and try again.",
  forbidden: "Your role does not allow this.",
  not_found: "What this was for no longer exists.",
  conflict: "It changed or was removed meanwhile. Start again.",
  upstream_failed: "The provider could not be reached. Try again later.",
} as const;

export type NoticeCode = keyof typeof MESSAGES;

export const GENERIC_NOTICE = "Something went wrong, and nothing was saved. Try again; if it persists, ask an administrator to look at the audit log.";

const known = (code: string): code is NoticeCode => Object.hasOwn(MESSAGES, code);

/** What a page shows for a code from its URL: the known code's message, else the generic one. */
export function noticeMessage(code: unknown): string {
  const value = Array.isArray(code) ? code[0] : code;
  return typeof value === "string" && known(value) ? MESSAGES[value] : GENERIC_NOTICE;
}

/** What a producer puts in a URL for an error: its code when known (`invalid_grant: …` → `invalid_grant`), else `other`. */
export function noticeCode(error: string | null | undefined): NoticeCode | "other" {
  const code = (error ?? "").split(":")[0].trim().toLowerCase();
  return known(code) ? code : "other";
}
