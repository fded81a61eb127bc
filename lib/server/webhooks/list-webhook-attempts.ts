import "server-only";
// A webhook's delivery log: its latest attempts, newest first, a page at a time (keyset on id).
import type { WebhookAttemptDto } from "@/lib/schemas/webhooks";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { findWebhook, WEBHOOK_RESOURCE } from "./webhook-dto";

export const ATTEMPTS_PAGE_SIZE = 50;

export async function listWebhookAttempts(actor: Actor, id: string, context: RequestContext, before?: string): Promise<{ items: WebhookAttemptDto[]; next: string | null }> {
  await requirePermission(actor, "webhook.manage", context, { type: WEBHOOK_RESOURCE, id });
  await findWebhook(actor.organizationId, id);
  const cursor = before && /^\d{1,19}$/.test(before) ? BigInt(before) : null;
  const rows = await db.webhookAttempt.findMany({
    where: { webhookId: id, ...(cursor !== null && { id: { lt: cursor } }) },
    orderBy: { id: "desc" },
    take: ATTEMPTS_PAGE_SIZE + 1,
    include: { delivery: { select: { status: true, eventId: true, event: { select: { type: true } } } } },
  });
  const page = rows.slice(0, ATTEMPTS_PAGE_SIZE);
  return {
    items: page.map((r) => ({
      id: String(r.id),
      deliveryId: String(r.deliveryId),
      eventId: r.delivery.eventId,
      eventType: r.delivery.event.type,
      attemptedAt: r.attemptedAt.toISOString(),
      statusCode: r.statusCode,
      durationMs: r.durationMs,
      error: r.error,
      responseExcerpt: r.responseExcerpt,
      deliveryStatus: (r.delivery.status as WebhookAttemptDto["deliveryStatus"]) ?? "pending",
    })),
    next: rows.length > ATTEMPTS_PAGE_SIZE ? String(page[page.length - 1].id) : null,
  };
}
