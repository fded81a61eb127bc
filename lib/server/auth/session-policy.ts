// Session lifetime: a JWT re-issued on activity (idle expiry) with a hard cap from sign-in
// (absolute expiry). Client code pings the session endpoint on activity to extend it.
export const SESSION_IDLE_SECONDS = 60 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
export const SESSION_REFRESH_SECONDS = 5 * 60;

/**
 * The session JWT's lifecycle (Auth.js jwt callback): a new sign-in starts the clock; an existing
 * token lives until the absolute cap from sign-in (idle expiry is the cookie's own maxAge, renewed
 * on activity). `null` ends the session.
 */
export function nextSessionToken<T extends Record<string, unknown>>(
  token: T,
  user: { id?: string; email?: string | null; stamp?: string } | undefined,
  nowSeconds: number,
): T | { sub?: string; email?: string | null; loginAt: number; stamp?: string } | null {
  // `stamp`: the account's session stamp at sign-in; a password change or reset gives the account
  // a new one, and a token with another stamp is no session (get-session-actor.ts).
  if (user) return { sub: user.id, email: user.email, loginAt: nowSeconds, stamp: user.stamp };
  if (typeof token.loginAt !== "number" || nowSeconds - token.loginAt > SESSION_ABSOLUTE_SECONDS) return null;
  return token;
}
