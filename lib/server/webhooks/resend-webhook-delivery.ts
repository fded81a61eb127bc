import "server-only";
// "Resend": the delivery is due again now, with a fresh set of attempts and the same webhook-id
// (receivers that already have it deduplicate).
import { notFound } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { findWebhook, WEBHOOK_RESOURCE } from "./webhook-dto";

export async function resendWebhookDelivery(actor: Actor, webhookId: string, deliveryId: string, context: RequestContext): Promise<void> {
  await requirePermission(actor, "webhook.manage", context, { type: WEBHOOK_RESOURCE, id: webhookId });
  if (!/^\d{1,19}$/.test(deliveryId)) throw notFound("Delivery");
  await db.$transaction(async (tx) => {
    await findWebhook(actor.organizationId, webhookId, tx);
    const { count } = await tx.webhookDelivery.updateMany({
      where: { id: BigInt(deliveryId), webhookId },
      data: { status: "pending", attempts: 0, nextAttemptAt: new Date(), leaseUntil: null, leaseToken: null, finishedAt: null },
    });
    if (count === 0) throw notFound("Delivery");
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "webhook.resend", resourceType: WEBHOOK_RESOURCE, resourceId: webhookId, detail: `delivery ${deliveryId}`, context });
  });
}
