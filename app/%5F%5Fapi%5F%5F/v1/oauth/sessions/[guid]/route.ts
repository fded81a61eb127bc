// GET /__api__/v1/oauth/sessions/{guid} — one of the caller's OAuth sessions
// DELETE /__api__/v1/oauth/sessions/{guid} — disconnect it (its tokens are deleted)
import { toPositOAuthSession } from "@/lib/dialects/posit/oauth-sessions";
import { positRoute } from "@/lib/dialects/posit/route";
import { deleteOAuthSession } from "@/lib/server/oauth-sessions/delete-oauth-session";
import { getOAuthSession } from "@/lib/server/oauth-sessions/get-oauth-session";

type Params = { guid: string };

export const GET = positRoute<Params>(async ({ actor, context, params }) => Response.json(toPositOAuthSession(await getOAuthSession(actor, params.guid, context))));

export const DELETE = positRoute<Params>(async ({ actor, context, params }) => {
  await deleteOAuthSession(actor, params.guid, context);
  return new Response(null, { status: 204 });
});
