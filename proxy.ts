// Runs before every page and every cookie-authenticated route (Next 16's successor to
// middleware.ts): the CSP nonce and the cross-origin write refusal from lib/security/csp.ts.
// HSTS comes from next.config.ts (for every route, proxy or not).
import { NextResponse, type NextRequest } from "next/server";
import { setConsolePath } from "@/lib/console-path";
import { env } from "@/lib/env";
import { contentSecurityPolicy, createNonce, HSTS, isCrossOriginWrite, NONCE_HEADER, servedOverHttps } from "@/lib/security/csp";

export function proxy(request: NextRequest) {
  const https = servedOverHttps(request.nextUrl, request.headers);
  if (isCrossOriginWrite(request.method, request.headers)) {
    const refused = Response.json({ error: "Cross-origin request refused: this request must come from the console's own pages." }, { status: 403 });
    if (https) refused.headers.set("strict-transport-security", HSTS);
    return refused;
  }
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { development: !env.isProduction(), formOrigins: ssoOrigin() });
  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set(NONCE_HEADER, nonce);
  // The page asked for, so a signed-out visit returns there after sign-in.
  setConsolePath(headers, request.nextUrl);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

/** The single sign-on provider's origin (a URL's origin holds no space or `;`), for form-action. */
function ssoOrigin(): string[] {
  const issuer = env.oidcIssuer();
  return issuer && URL.canParse(issuer) ? [new URL(issuer).origin] : [];
}

export const config = {
  // Everything but Next's static assets (fingerprinted files that run no inline code) and the API
  // dialects whose credentials a browser never sends by itself — Posit's `Key`, Fruxon's `Bearer`,
  // Versori's raw key — nor cookies. Their answers are JSON (no script for a nonce to protect), and
  // a proxy run costs every request about as much as Next's own routing (the API's hot path), so
  // each dialect's wrapper refuses cross-origin writes itself (lib/dialects/shared/request.ts).
  // That includes HDP (`/api/mgmt`), whose 401 asks for HTTP Basic, which browsers cache and
  // resend: its wrapper's refusal comes before authentication (e2e/browser-hardening.spec.ts).
  // Sign-in, sign-out, the console's own routes and `/api/docs` (an HTML page) stay.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|__api__/|api/switchboard/|api/mgmt/|api/openapi/|api/health|v1/).*)"],
};
