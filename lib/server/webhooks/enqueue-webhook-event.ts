import "server-only";
// The outbox's writer: called inside the transaction of the change that causes the event, so the
// event exists exactly when the change committed. One statement writes the event and one delivery
// per enabled endpoint of the organisation subscribed to its type (none subscribed: nothing is
// written). The payload is built from names and ids only — never a secret or token.
import type { WebhookEventType, WebhookPayload } from "@/lib/schemas/webhooks";
import type { Tx } from "@/lib/server/db/client";
import { consoleLink } from "@/lib/server/links";

export type WebhookEventInput = {
  type: WebhookEventType;
  /** The resource; `path` is its console page ("/integrations/<guid>"). */
  resource?: { type: string; id: string; name: string; path: string };
  expiresAt?: Date | null;
  windowDays?: number;
  /** The person who caused it, when one did. */
  actor?: { userId: string; email: string } | null;
  /** A short, secret-free explanation (an OAuth error code). */
  detail?: string;
};

/** Every worker LISTENs here: PostgreSQL delivers the notification when the transaction commits. */
export const WEBHOOK_OUTBOX_CHANNEL = "webhook_outbox";

export async function buildPayload(tx: Tx, organizationId: string, event: WebhookEventInput, now: Date): Promise<WebhookPayload> {
  const organisation = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { id: true, slug: true, name: true } });
  return {
    type: event.type,
    timestamp: now.toISOString(),
    data: {
      organisation,
      ...(event.resource && {
        resource: { type: event.resource.type, id: event.resource.id, name: event.resource.name, url: consoleLink(event.resource.path) },
      }),
      ...(event.expiresAt && { expires: event.expiresAt.toISOString() }),
      ...(event.windowDays !== undefined && { window_days: event.windowDays }),
      ...(event.actor && { actor: { id: event.actor.userId, email: event.actor.email } }),
      ...(event.detail && { detail: event.detail.slice(0, 200) }),
    },
  };
}

/**
 * Queues `event` for every subscribed endpoint of the organisation, in the caller's transaction.
 * Returns the event's id (the `webhook-id` receivers deduplicate by), or null when no endpoint
 * wants it.
 */
export async function enqueueWebhookEvent(tx: Tx, organizationId: string, event: WebhookEventInput, now: Date = new Date()): Promise<string | null> {
  const subscribed = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM webhooks
     WHERE organization_id = ${organizationId}::uuid AND enabled AND ${event.type} = ANY(events)`;
  if (!subscribed[0]?.n) return null;
  const payload = await buildPayload(tx, organizationId, event, now);
  const id = crypto.randomUUID();
  await tx.$executeRaw`
    WITH e AS (
      INSERT INTO webhook_events (id, organization_id, type, payload, created_at)
      VALUES (${id}::uuid, ${organizationId}::uuid, ${event.type}, ${JSON.stringify(payload)}::jsonb, ${now})
      RETURNING id
    )
    INSERT INTO webhook_deliveries (webhook_id, event_id, next_attempt_at, created_at)
    SELECT w.id, e.id, ${now}, ${now} FROM webhooks w, e
     WHERE w.organization_id = ${organizationId}::uuid AND w.enabled AND ${event.type} = ANY(w.events)`;
  await tx.$executeRaw`SELECT pg_notify(${WEBHOOK_OUTBOX_CHANNEL}, '')`;
  return id;
}
