// GET /oauth/callback — where OAuth providers send the browser back after "Connect" (register
// `<console origin>/oauth/callback` with the provider); finishes the flow, then redirects.
import type { NextRequest } from "next/server";
import { OAUTH_BINDING_COOKIE } from "@/lib/server/oauth";
import { handleOAuthCallback } from "@/lib/server/oauth/handle-callback";
import { CALLBACK_TARGETS } from "@/lib/server/oauth-callback-targets";
import { contextFromHeaders } from "@/lib/server/request-context";

export async function GET(request: NextRequest): Promise<Response> {
  const context = contextFromHeaders(request.headers);
  const to = await handleOAuthCallback(request.nextUrl.searchParams, request.cookies.get(OAUTH_BINDING_COOKIE)?.value ?? null, CALLBACK_TARGETS, context);
  return new Response(null, { status: 303, headers: { location: to, "cache-control": "no-store", "x-request-id": context.requestId } });
}
