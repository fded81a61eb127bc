// Browser-side hardening, as pure functions that proxy.ts applies to every request:
// - a Content-Security-Policy with a fresh nonce per request: scripts run only when they carry it
//   (Next puts it on its own scripts; 'strict-dynamic' lets those load their chunks), so an injected
//   <script> or inline handler does not run. Styles stay 'unsafe-inline' (Radix and the reference page
//   set style attributes); styles cannot run code.
// - Strict-Transport-Security, only on responses that reached the client over HTTPS (behind a proxy
//   that says so in X-Forwarded-Proto; next.config.ts): over plain HTTP browsers ignore it anyway.
// - a state-changing request whose Origin is `null` or another site's is refused before any route,
//   server action or Auth.js endpoint sees it (cross-site request forgery, including from sandboxed
//   frames, which send `Origin: null` and which Next's own server-action check lets through).
//   Browsers send Origin on every POST; API clients send none and are unaffected.

export const NONCE_HEADER = "x-nonce";

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * `formOrigins`: origins a form post may end at besides our own: the single sign-on provider's,
 * since the sign-in button's post (before the page's script has loaded) answers with a redirect
 * there, and browsers hold redirects after a form post to `form-action`.
 */
export function contentSecurityPolicy(nonce: string, { development = false, formOrigins = [] as string[] } = {}): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its debugging aids; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...formOrigins].join(" "),
    "frame-ancestors 'none'",
  ].join("; ");
}

export const HSTS = "max-age=63072000; includeSubDomains";

/** next.config.ts `has` pattern (anchored by Next) for an X-Forwarded-Proto whose first hop is HTTPS. */
export const HTTPS_FORWARDED_PROTO = "\\s*(?:https|HTTPS)\\s*(?:,.*)?";

/** True when the client reached us over HTTPS (X-Forwarded-Proto's first hop, else the URL). */
export function servedOverHttps(url: URL, headers: Headers): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded ? forwarded === "https" : url.protocol === "https:";
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** A state-changing request sent by a browser from another origin (or an opaque one): refuse it. */
export function isCrossOriginWrite(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const origin = headers.get("origin");
  if (origin === null) return false; // not a browser: no ambient cookies to abuse
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!host || origin === "null") return true;
  try {
    return new URL(origin).host.toLowerCase() !== host.toLowerCase();
  } catch {
    return true;
  }
}
