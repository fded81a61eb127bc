import "server-only";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { deleteSecretsOf } from "@/lib/server/secrets/secret-store";
import { findWebhook, toWebhookDto, WEBHOOK_RESOURCE } from "./webhook-dto";

/** Removes the endpoint, its secrets, its pending deliveries and its delivery log. */
export async function deleteWebhook(actor: Actor, id: string, context: RequestContext): Promise<void> {
  await requirePermission(actor, "webhook.manage", context, { type: WEBHOOK_RESOURCE, id });
  await db.$transaction(async (tx) => {
    const before = await findWebhook(actor.organizationId, id, tx);
    await tx.webhook.delete({ where: { id } });
    await deleteSecretsOf(tx, WEBHOOK_RESOURCE, id);
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "webhook.delete", resourceType: WEBHOOK_RESOURCE, resourceId: id, before: toWebhookDto(before), context });
  });
}
