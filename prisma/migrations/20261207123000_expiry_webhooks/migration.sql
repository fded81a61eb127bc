-- Expiry dates of stored secrets (a client secret, an API key, a refresh token the provider
-- said would lapse), the "expiring soon" window of each organisation, and outbound webhooks with
-- their outbox, deliveries, attempts and the reminders already sent.
ALTER TABLE "secrets" ADD COLUMN "expires_at" TIMESTAMP(3);
CREATE INDEX "secrets_expiring_idx" ON "secrets" ("organization_id", "expires_at") WHERE "expires_at" IS NOT NULL;

ALTER TABLE "organizations" ADD COLUMN "expiring_window_days" INTEGER NOT NULL DEFAULT 30;

CREATE TABLE "webhooks" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organization_id" UUID NOT NULL,
  "url" TEXT NOT NULL,
  "description" TEXT NOT NULL DEFAULT '',
  "events" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
  "enabled" BOOLEAN NOT NULL DEFAULT true,
  "status" TEXT NOT NULL DEFAULT 'active',
  "failing_since" TIMESTAMP(3),
  "disabled_at" TIMESTAMP(3),
  "previous_secret_until" TIMESTAMP(3),
  "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "version" INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT "webhooks_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "webhooks_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "webhooks_organization_id_created_at_idx" ON "webhooks" ("organization_id", "created_at");

CREATE TABLE "webhook_events" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organization_id" UUID NOT NULL,
  "type" TEXT NOT NULL,
  "payload" JSONB NOT NULL,
  "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "webhook_events_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "webhook_events_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "webhook_deliveries" (
  "id" BIGSERIAL NOT NULL,
  "webhook_id" UUID NOT NULL,
  "event_id" UUID NOT NULL,
  "status" TEXT NOT NULL DEFAULT 'pending',
  "attempts" INTEGER NOT NULL DEFAULT 0,
  "next_attempt_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "lease_until" TIMESTAMP(3),
  "lease_token" UUID,
  "last_status_code" INTEGER,
  "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "finished_at" TIMESTAMP(3),
  CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "webhook_deliveries_webhook_id_fkey" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "webhook_deliveries_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "webhook_events"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "webhook_deliveries_webhook_id_event_id_key" ON "webhook_deliveries" ("webhook_id", "event_id");
CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries" ("next_attempt_at") WHERE "status" = 'pending';
CREATE INDEX "webhook_deliveries_webhook_id_id_idx" ON "webhook_deliveries" ("webhook_id", "id");
CREATE INDEX "webhook_deliveries_event_id_idx" ON "webhook_deliveries" ("event_id");

CREATE TABLE "webhook_attempts" (
  "id" BIGSERIAL NOT NULL,
  "delivery_id" BIGINT NOT NULL,
  "webhook_id" UUID NOT NULL,
  "attempted_at" TIMESTAMP(3) NOT NULL,
  "status_code" INTEGER,
  "duration_ms" INTEGER NOT NULL,
  "error" TEXT,
  "response_excerpt" TEXT NOT NULL DEFAULT '',
  CONSTRAINT "webhook_attempts_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "webhook_attempts_delivery_id_fkey" FOREIGN KEY ("delivery_id") REFERENCES "webhook_deliveries"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "webhook_attempts_webhook_id_id_idx" ON "webhook_attempts" ("webhook_id", "id");
CREATE INDEX "webhook_attempts_delivery_id_idx" ON "webhook_attempts" ("delivery_id");

-- One row per reminder sent: window 30, 7 or 1 (days before), 0 = expired. Keyed by the expiry
-- date, so a replaced secret with a new date starts afresh and an unchanged one is reminded once.
CREATE TABLE "expiry_reminders" (
  "organization_id" UUID NOT NULL,
  "resource_type" TEXT NOT NULL,
  "resource_id" TEXT NOT NULL,
  "expires_at" TIMESTAMP(3) NOT NULL,
  "window_days" INTEGER NOT NULL,
  "sent_at" TIMESTAMP(3) NOT NULL,
  CONSTRAINT "expiry_reminders_pkey" PRIMARY KEY ("resource_type", "resource_id", "expires_at", "window_days"),
  CONSTRAINT "expiry_reminders_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
