-- HTTP Basic accepts a username as well as an email with an API key (HDP), and the cached key
-- lookups carry it: a username change must drop those caches on every instance too.
DROP TRIGGER "users_auth_changed" ON "users";
CREATE TRIGGER "users_auth_changed" AFTER UPDATE OF "disabled_at", "email", "username", "first_name", "last_name" OR DELETE ON "users"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_auth_changed"();
