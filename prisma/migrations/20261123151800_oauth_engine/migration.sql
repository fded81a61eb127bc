-- CreateTable
CREATE TABLE "oauth_credentials" (
    "id" BIGSERIAL NOT NULL,
    "organization_id" UUID NOT NULL,
    "resource_type" TEXT NOT NULL,
    "resource_id" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'active',
    "access_token_expires_at" TIMESTAMP(3),
    "token_type" TEXT,
    "scope" TEXT,
    "last_refreshed_at" TIMESTAMP(3),
    "last_refresh_error" TEXT,
    "generation" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "oauth_credentials_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "oauth_pending_flows" (
    "id" UUID NOT NULL,
    "state_hash" TEXT NOT NULL,
    "organization_id" UUID NOT NULL,
    "user_id" UUID,
    "binding_hash" TEXT,
    "target_kind" TEXT NOT NULL,
    "target_id" TEXT,
    "target_data" JSONB NOT NULL DEFAULT '{}',
    "redirect_uri" TEXT NOT NULL,
    "verifier_key_id" TEXT NOT NULL,
    "verifier_wrapped_key" BYTEA NOT NULL,
    "verifier_ciphertext" BYTEA NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "oauth_pending_flows_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "oauth_credentials_resource_type_resource_id_key" ON "oauth_credentials"("resource_type", "resource_id");

-- CreateIndex
CREATE UNIQUE INDEX "oauth_pending_flows_state_hash_key" ON "oauth_pending_flows"("state_hash");

-- CreateIndex
CREATE INDEX "oauth_pending_flows_expires_at_idx" ON "oauth_pending_flows"("expires_at");

-- AddForeignKey
ALTER TABLE "oauth_credentials" ADD CONSTRAINT "oauth_credentials_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "oauth_pending_flows" ADD CONSTRAINT "oauth_pending_flows_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

