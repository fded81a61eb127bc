// GET /__api__/v1/oauth/sessions — the caller's OAuth sessions (connected accounts); `?all=true`: everyone's (admins). Posit's unpaged array, streamed in keyset batches
import { toPositOAuthSession } from "@/lib/dialects/posit/oauth-sessions";
import { positRoute } from "@/lib/dialects/posit/route";
import { listOAuthSessions } from "@/lib/server/oauth-sessions/list-oauth-sessions";
import { jsonArrayResponse } from "@/lib/server/pagination/stream";

export const GET = positRoute(async ({ request, actor, context }) => {
  const all = new URL(request.url).searchParams.get("all") === "true";
  return jsonArrayResponse(await listOAuthSessions(actor, { all }, context), toPositOAuthSession);
});
