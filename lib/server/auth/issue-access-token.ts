import "server-only";
// POST /v1/auth/token: exchanges an API key (Authorization: Bearer|Key <api key>) for a
// short-lived Fruxon access token. Audited; the token itself is never recorded.
import { AppError } from "@/lib/errors";
import { recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import { signAccessToken } from "./access-token";
import type { Actor, RequestContext } from "./actor";

export async function issueAccessToken(actor: Actor, context: RequestContext): Promise<{ accessToken: string; expiresIn: number }> {
  // Only an API key may be exchanged: a token minted from a token would outlive its source.
  if (actor.via !== "api-key" || !actor.apiKeyId) throw new AppError("unauthenticated", "Present an API key to obtain an access token.");
  const { token, expiresIn } = await signAccessToken(actor.apiKeyId);
  await recordStandaloneAuditEvent({
    actor,
    organizationId: actor.organizationId,
    action: "apiKey.issueAccessToken",
    outcome: "success",
    resourceType: "apiKey",
    resourceId: actor.apiKeyId,
    detail: `access token valid for ${expiresIn} s`,
    context,
  });
  return { accessToken: token, expiresIn };
}
