import "server-only";
// A Visitor API Key (`connect` template): a short-lived API key of the visiting user, its role
// capped at the integration's `max_role` (authenticate-request acts with the lower of the two),
// expiring on its own. Shown once, stored hashed, audited like every key.
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { generateApiKey } from "@/lib/server/api-keys/api-key-format";
import { db } from "@/lib/server/db/client";
import type { IntegrationRow } from "./integration-client";
import type { IssuedToken } from "./service-account-token";

export const VISITOR_KEY_TTL_SECONDS = 3600;
const MAX_ROLES: Record<string, string> = { Viewer: "viewer", Publisher: "publisher", Admin: "admin" };

export async function visitorApiKey(input: {
  actor: Actor;
  context: RequestContext;
  integration: IntegrationRow & { name: string };
  userId: string;
  contentGuid: string;
}): Promise<IssuedToken> {
  const { integration } = input;
  const config = (integration.config ?? {}) as Record<string, unknown>;
  const maxRole = MAX_ROLES[typeof config.max_role === "string" ? config.max_role : ""] ?? "viewer";
  const { key, prefix, hash } = generateApiKey();
  const expiresAt = new Date(Date.now() + VISITOR_KEY_TTL_SECONDS * 1000);
  await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: {
        userId: input.userId,
        organizationId: integration.organizationId,
        name: `Visitor key: ${integration.name || integration.guid}`.slice(0, 100),
        prefix,
        hash,
        expiresAt,
        maxRole,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor: input.actor,
      organizationId: integration.organizationId,
      action: "exchange.apiKeyIssued",
      resourceType: "api_key",
      resourceId: created.id,
      detail: `visitor key of user ${input.userId} for workload ${input.contentGuid} via OAuth integration ${integration.guid}, role at most ${maxRole}, expires ${expiresAt.toISOString()}`,
      context: input.context,
    });
  });
  return { accessToken: key, expiresIn: VISITOR_KEY_TTL_SECONDS, tokenType: "Key", obtained: true };
}
