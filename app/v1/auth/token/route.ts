// POST /v1/auth/token — exchange an API key (Authorization: Bearer <api key>) for a short-lived
// access token for Fruxon's API: {access_token, token_type: "Bearer", expires_in}
import { fruxonRoute } from "@/lib/dialects/fruxon/route";
import { issueAccessToken } from "@/lib/server/auth/issue-access-token";

export const POST = fruxonRoute(async ({ actor, context }) => {
  const { accessToken, expiresIn } = await issueAccessToken(actor, context);
  return Response.json({ access_token: accessToken, token_type: "Bearer", expires_in: expiresIn }, { headers: { "cache-control": "no-store" } });
});
