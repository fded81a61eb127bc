// Session lifetime: a JWT re-issued on activity (idle expiry) with a hard cap from sign-in
// (absolute expiry). Client code pings the session endpoint on activity to extend it.
export const SESSION_IDLE_SECONDS = 60 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
export const SESSION_REFRESH_SECONDS = 5 * 60;
