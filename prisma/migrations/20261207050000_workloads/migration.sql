-- Workloads (Posit content items) become first-class: title, description, version, content
-- session tokens, OAuth sessions of users for Viewer integrations, the Service Account token cache
-- with its single-flight lease, per-day exchange counts.
ALTER TABLE "content_items" ADD COLUMN "title" TEXT,
ADD COLUMN "description" TEXT NOT NULL DEFAULT '',
ADD COLUMN "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
UPDATE "content_items" SET "updated_at" = "created_at";

CREATE INDEX "content_items_organization_id_name_id_idx" ON "content_items"("organization_id", "name", "id");
CREATE INDEX "content_items_organization_id_owner_id_name_id_idx" ON "content_items"("organization_id", "owner_id", "name", "id");

CREATE TABLE "content_session_tokens" (
    "id" UUID NOT NULL,
    "content_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "created_by_id" UUID,
    "name" TEXT NOT NULL DEFAULT '',
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "last_used_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "content_session_tokens_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "content_session_tokens_hash_key" ON "content_session_tokens"("hash");
CREATE INDEX "content_session_tokens_content_id_created_at_idx" ON "content_session_tokens"("content_id", "created_at");
ALTER TABLE "content_session_tokens" ADD CONSTRAINT "content_session_tokens_content_id_fkey" FOREIGN KEY ("content_id") REFERENCES "content_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "content_session_tokens" ADD CONSTRAINT "content_session_tokens_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "oauth_sessions" (
    "id" BIGSERIAL NOT NULL,
    "guid" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "integration_id" BIGINT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "oauth_sessions_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "oauth_sessions_guid_key" ON "oauth_sessions"("guid");
CREATE UNIQUE INDEX "oauth_sessions_user_id_integration_id_key" ON "oauth_sessions"("user_id", "integration_id");
CREATE INDEX "oauth_sessions_organization_id_integration_id_idx" ON "oauth_sessions"("organization_id", "integration_id");
ALTER TABLE "oauth_sessions" ADD CONSTRAINT "oauth_sessions_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "oauth_sessions" ADD CONSTRAINT "oauth_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "oauth_sessions" ADD CONSTRAINT "oauth_sessions_integration_id_fkey" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "service_token_cache" (
    "id" BIGSERIAL NOT NULL,
    "organization_id" UUID NOT NULL,
    "integration_id" BIGINT NOT NULL,
    "cache_key" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3),
    "obtained_at" TIMESTAMP(3),
    "generation" INTEGER NOT NULL DEFAULT 0,
    "lease_until" TIMESTAMP(3),
    "failures" INTEGER NOT NULL DEFAULT 0,
    "cooldown_until" TIMESTAMP(3),
    "last_error" TEXT,
    CONSTRAINT "service_token_cache_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "service_token_cache_integration_id_cache_key_key" ON "service_token_cache"("integration_id", "cache_key");
ALTER TABLE "service_token_cache" ADD CONSTRAINT "service_token_cache_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "service_token_cache" ADD CONSTRAINT "service_token_cache_integration_id_fkey" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "exchange_counts" (
    "content_id" UUID NOT NULL,
    "integration_id" BIGINT NOT NULL,
    "day" DATE NOT NULL,
    "served" INTEGER NOT NULL DEFAULT 0,
    "obtained" INTEGER NOT NULL DEFAULT 0,
    "refused" INTEGER NOT NULL DEFAULT 0,
    "last_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_result" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "exchange_counts_pkey" PRIMARY KEY ("content_id", "integration_id", "day")
);
ALTER TABLE "exchange_counts" ADD CONSTRAINT "exchange_counts_content_id_fkey" FOREIGN KEY ("content_id") REFERENCES "content_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "exchange_counts" ADD CONSTRAINT "exchange_counts_integration_id_fkey" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
