-- The credential exchange: a refresh lease on OAuth credentials (taken and released outside any
-- transaction, so no pool connection waits on a provider), and a role cap on API keys (Visitor API
-- Keys are capped at their integration's max_role).
ALTER TABLE "oauth_credentials" ADD COLUMN "lease_until" TIMESTAMP(3);
ALTER TABLE "api_keys" ADD COLUMN "max_role" TEXT;
