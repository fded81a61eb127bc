// GET /__api__/v1/oauth/sessions — the caller's OAuth sessions (connected accounts); `?all=true`: everyone's (admins)
import { toPositOAuthSession } from "@/lib/dialects/posit/oauth-sessions";
import { positRoute } from "@/lib/dialects/posit/route";
import { listOAuthSessions } from "@/lib/server/oauth-sessions/list-oauth-sessions";

export const GET = positRoute(async ({ request, actor, context }) => {
  const all = new URL(request.url).searchParams.get("all") === "true";
  return Response.json((await listOAuthSessions(actor, { all }, context)).map(toPositOAuthSession));
});
