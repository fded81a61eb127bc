// POST /__api__/v1/content/{guid}/user-session-token — a short-lived user session token (our addition, for a hosting proxy)
import { positRoute } from "@/lib/dialects/posit/route";
import type { PositUserSessionToken } from "@/lib/dialects/posit/schemas";
import { issueUserSessionToken } from "@/lib/server/workloads/issue-user-session-token";

type Params = { guid: string };

export const POST = positRoute<Params>(async ({ actor, context, params, json }) => {
  const issued = await issueUserSessionToken(actor, params.guid, await json(), context);
  // The token is a credential: no cache may keep it.
  return Response.json({ token: issued.token, expires_in: issued.expiresIn } satisfies PositUserSessionToken, { headers: { "cache-control": "no-store" } });
});
