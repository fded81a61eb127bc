-- API-key lookups are cached in each app instance (lib/server/api-keys/api-key-cache.ts). Every
-- change that can end or alter what a key grants notifies all instances on commit, whoever makes
-- it (a service, the CLI, SQL by hand): they drop their caches. Statement-level, and only for the
-- columns that matter, so the batched last_used_at writes do not flush anything.
-- The body writes its semicolons as \073: the migration runner splits scripts at every semicolon.
CREATE FUNCTION "notify_auth_changed"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN PERFORM pg_notify(''auth_changed'', TG_TABLE_NAME)\073 RETURN NULL\073 END\073';

CREATE TRIGGER "api_keys_auth_changed" AFTER UPDATE OF "revoked_at", "expires_at", "hash", "user_id", "organization_id" OR DELETE ON "api_keys"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_auth_changed"();
CREATE TRIGGER "users_auth_changed" AFTER UPDATE OF "disabled_at", "email", "first_name", "last_name" OR DELETE ON "users"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_auth_changed"();
CREATE TRIGGER "memberships_auth_changed" AFTER UPDATE OF "role", "disabled_at", "user_id", "organization_id" OR DELETE ON "memberships"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_auth_changed"();
CREATE TRIGGER "organizations_auth_changed" AFTER UPDATE OF "slug" OR DELETE ON "organizations"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_auth_changed"();
