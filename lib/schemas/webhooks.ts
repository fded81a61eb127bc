import { z } from "zod";

// Outbound webhooks (Standard Webhooks): the events an endpoint may subscribe to, and the request
// bodies of the console's forms and the CLI. Client-safe.

export const CREDENTIAL_EVENTS = [
  "credential.expiring",
  "credential.expired",
  "credential.needs_reauthorization",
  "credential.refresh_failed",
  "credential.recovered",
] as const;
export const RESOURCE_EVENT_TYPES = ["integration", "oauth_app", "oauth_profile", "connection"] as const;
export const RESOURCE_EVENTS = RESOURCE_EVENT_TYPES.flatMap((t) => [`${t}.created`, `${t}.updated`, `${t}.deleted`] as const);
/** Sent only by "Send test event", to the one endpoint. */
export const TEST_EVENT = "webhook.test";
export const WEBHOOK_EVENTS = [...CREDENTIAL_EVENTS, ...RESOURCE_EVENTS] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number] | typeof TEST_EVENT;

export const MAX_WEBHOOKS_PER_ORGANISATION = 20;

const eventsSchema = z
  .array(z.enum(WEBHOOK_EVENTS, { error: `each event must be one of ${WEBHOOK_EVENTS.join(", ")}` }), { error: "events must be a list" })
  .min(1, "Choose at least one event")
  .max(WEBHOOK_EVENTS.length)
  .transform((events) => [...new Set(events)]);

const urlSchema = z.string({ error: "url is required" }).trim().min(1, "url is required").max(2000, "url must be at most 2000 characters");

export const createWebhookSchema = z.strictObject({
  url: urlSchema,
  events: eventsSchema,
  description: z.string().trim().max(200, "description must be at most 200 characters").optional(),
  enabled: z.boolean().optional(),
});
export type CreateWebhookInput = z.input<typeof createWebhookSchema>;

export const updateWebhookSchema = z.strictObject({
  url: urlSchema.optional(),
  events: eventsSchema.optional(),
  description: z.string().trim().max(200).optional(),
  enabled: z.boolean().optional(),
});
export type UpdateWebhookInput = z.input<typeof updateWebhookSchema>;

export type WebhookStatus = "active" | "failing" | "disabled";

export type WebhookDto = {
  id: string;
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
  status: WebhookStatus;
  failingSince: string | null;
  disabledAt: string | null;
  /** A rotation's previous secret still signs until then. */
  previousSecretUntil: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
};

export type WebhookAttemptDto = {
  id: string;
  deliveryId: string;
  eventId: string;
  eventType: string;
  attemptedAt: string;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  responseExcerpt: string;
  deliveryStatus: "pending" | "delivered" | "failed";
};

/** The payload's resource types (Standard Webhooks' recommended `{type, timestamp, data}`). */
export type WebhookResource = { type: string; id: string; name: string; url: string };
export type WebhookPayload = {
  type: WebhookEventType;
  timestamp: string;
  data: {
    organisation: { id: string; slug: string; name: string };
    resource?: WebhookResource;
    expires?: string;
    window_days?: number;
    actor?: { id: string; email: string };
    detail?: string;
  };
};
