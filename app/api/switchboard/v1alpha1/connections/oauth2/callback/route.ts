// GET /api/switchboard/v1alpha1/connections/oauth2/callback — the provider's redirect back
// (FinaliseConnectionCallback): creates the connection with its tokens, then sends the browser
// to the console (303). A response that cannot be trusted gets the spec's Error body.
import { cookies } from "next/headers";
import { versoriErrorResponse } from "@/lib/dialects/versori/errors";
import { publicOrigin } from "@/lib/dialects/shared/public-origin";
import { auth } from "@/lib/server/auth/auth";
import { finishOAuthConnection } from "@/lib/server/connections/finish-oauth-connection";
import { OAUTH_BINDING_COOKIE } from "@/lib/server/oauth";
import { contextFromHeaders } from "@/lib/server/request-context";
import { noticeCode } from "@/lib/notices";

export async function GET(request: Request): Promise<Response> {
  const context = contextFromHeaders(request.headers);
  const query = new URL(request.url).searchParams;
  try {
    const session = await auth().catch(() => null);
    const binding = (await cookies()).get(OAUTH_BINDING_COOKIE)?.value ?? null;
    const outcome = await finishOAuthConnection(
      { state: query.get("state"), code: query.get("code"), error: query.get("error"), errorDescription: query.get("error_description"), binding, sessionUserId: session?.user?.id ?? null },
      context,
    );
    const origin = publicOrigin(request);
    const target = outcome.ok
      ? `${outcome.returnTo ?? `/connections/${outcome.connectionId}`}${(outcome.returnTo ?? "").includes("?") ? "&" : "?"}connected=${outcome.connectionId}`
      : `${outcome.returnTo ?? "/connections"}${(outcome.returnTo ?? "").includes("?") ? "&" : "?"}oauthError=${noticeCode(outcome.error)}`;
    return new Response(null, { status: 303, headers: { location: `${origin}${target}`, "x-request-id": context.requestId } });
  } catch (error) {
    return versoriErrorResponse(error, context.requestId);
  }
}
