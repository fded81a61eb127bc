import "server-only";
import type { ContentSessionTokenDto } from "@/lib/schemas/content";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { tokenSelect, toSessionTokenDto } from "./content-session-token-dto";
import { generateContentSessionToken } from "./session-token-format";
import { findWorkload } from "./workload-dto";

/** A new token for the workload: the token (to show once) and its listing. */
export async function createContentSessionToken(
  actor: Actor,
  contentGuid: string,
  context: RequestContext,
  name = "",
): Promise<{ token: string; sessionToken: ContentSessionTokenDto }> {
  await requirePermission(actor, "workload.sessionToken", context, { type: "content", id: contentGuid });
  const { token, prefix, hash } = generateContentSessionToken();
  return db.$transaction(async (tx) => {
    const content = await findWorkload(actor, contentGuid, tx);
    const row = await tx.contentSessionToken.create({
      data: { contentId: content.id, organizationId: actor.organizationId, createdById: actor.userId, name: name.slice(0, 100), prefix, hash },
      select: tokenSelect,
    });
    const sessionToken = toSessionTokenDto(row, new Map([[actor.userId, actor.email]]));
    await recordAuditEvent(tx, {
      actor,
      organizationId: actor.organizationId,
      action: "content_session_token.create",
      resourceType: "content",
      resourceId: content.id,
      after: { id: row.id, prefix },
      context,
    });
    return { token, sessionToken };
  });
}

