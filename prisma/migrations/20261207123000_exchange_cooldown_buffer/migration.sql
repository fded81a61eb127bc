-- Viewer refresh failures cool down like the Service Account cache (failures and cooldown_until on
-- the credential row, opt-in per caller of the refresh engine), and a cached Service Account token
-- records when it goes stale (refresh_at: its expiry minus the template buffer) so the buffer can
-- differ per template. Rows cached before this keep the default buffer, min(5 minutes, 10 percent).
ALTER TABLE "oauth_credentials" ADD COLUMN "failures" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "oauth_credentials" ADD COLUMN "cooldown_until" TIMESTAMP(3);
ALTER TABLE "service_token_cache" ADD COLUMN "refresh_at" TIMESTAMP(3);
UPDATE "service_token_cache"
   SET "refresh_at" = "expires_at" - LEAST(interval '5 minutes', ("expires_at" - COALESCE("obtained_at", "expires_at")) / 10)
 WHERE "expires_at" IS NOT NULL;
-- The dashboard lists an organisation's connections needing reauthorization: only those rows.
CREATE INDEX "oauth_credentials_needs_reauthorization_idx" ON "oauth_credentials"("organization_id", "resource_type", "updated_at") WHERE "state" = 'needs_reauthorization';
-- GET v1/oauth/sessions is streamed in keyset batches by id within an organisation.
CREATE INDEX "oauth_sessions_organization_id_id_idx" ON "oauth_sessions"("organization_id", "id");
