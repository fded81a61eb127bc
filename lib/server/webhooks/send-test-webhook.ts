import "server-only";
// "Send test event": a `webhook.test` event queued for this one endpoint (a disabled one too, so
// its admin can check the receiver before enabling it again), delivered by the worker like any other.
import { TEST_EVENT } from "@/lib/schemas/webhooks";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { buildPayload, WEBHOOK_OUTBOX_CHANNEL } from "./enqueue-webhook-event";
import { findWebhook, WEBHOOK_RESOURCE } from "./webhook-dto";

export async function sendTestWebhook(actor: Actor, id: string, context: RequestContext): Promise<{ eventId: string }> {
  await requirePermission(actor, "webhook.manage", context, { type: WEBHOOK_RESOURCE, id });
  return db.$transaction(async (tx) => {
    const webhook = await findWebhook(actor.organizationId, id, tx);
    const now = new Date();
    const payload = await buildPayload(tx, actor.organizationId, { type: TEST_EVENT, actor, resource: { type: "webhook", id, name: webhook.url, path: `/settings/webhooks/${id}` } }, now);
    const event = await tx.webhookEvent.create({ data: { organizationId: actor.organizationId, type: TEST_EVENT, payload, createdAt: now } });
    await tx.webhookDelivery.create({ data: { webhookId: id, eventId: event.id, nextAttemptAt: now, createdAt: now } });
    await tx.$executeRaw`SELECT pg_notify(${WEBHOOK_OUTBOX_CHANNEL}, '')`;
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "webhook.test", resourceType: WEBHOOK_RESOURCE, resourceId: id, context });
    return { eventId: event.id };
  });
}
