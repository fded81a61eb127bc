// Runs before every route (Next 16's successor to middleware.ts): the CSP nonce, HSTS and the
// cross-origin write refusal from lib/security/csp.ts.
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
  const policy = contentSecurityPolicy(nonce, { development: !env.isProduction() });
  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set(NONCE_HEADER, nonce);
  // The page asked for, so a signed-out visit returns there after sign-in.
  setConsolePath(headers, request.nextUrl);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  if (https) response.headers.set("strict-transport-security", HSTS);
  return response;
}

export const config = {
  // Everything but Next's static assets (fingerprinted files that run no inline code).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
