// POST /v1/auth/token — exchange an API key (Authorization: Bearer <api key>) for a short-lived
// access token for Fruxon's API: {access_token, token_type: "Bearer", expires_in}
import { fruxonRoute } from "@/lib/dialects/fruxon/route";
import type { FruxonAccessToken } from "@/lib/dialects/fruxon/schemas";
import { issueAccessToken } from "@/lib/server/auth/issue-access-token";

export const POST = fruxonRoute(async ({ actor, context }) => {
  const { accessToken, expiresIn } = await issueAccessToken(actor, context);
  const body: FruxonAccessToken = { access_token: accessToken, token_type: "Bearer", expires_in: expiresIn };
  return Response.json(body, { headers: { "cache-control": "no-store" } });
});
