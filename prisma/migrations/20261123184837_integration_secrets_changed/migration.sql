-- The integrations list sorts by its Secrets column: by when the integration's secrets last
-- changed, oldest first (the one to rotate). A column kept by a trigger on `secrets` — whatever
-- writes a secret (services, keys rotate, a future path) keeps it right — with one index per
-- order, so the sort seeks like every other (lib/server/pagination). '0001-01-01' = no secret.
ALTER TABLE "integrations" ADD COLUMN "secrets_changed_at" TIMESTAMP(3) NOT NULL DEFAULT TIMESTAMP '0001-01-01';

-- The body writes its semicolons as \073: the migration runner splits scripts at every semicolon.
CREATE FUNCTION "integration_secrets_changed"() RETURNS trigger LANGUAGE plpgsql
  AS E'DECLARE rid text := COALESCE(NEW.resource_id, OLD.resource_id)\073 BEGIN IF COALESCE(NEW.resource_type, OLD.resource_type) = ''integration'' THEN UPDATE integrations i SET secrets_changed_at = COALESCE((SELECT min(s.updated_at) FROM secrets s WHERE s.resource_type = ''integration'' AND s.resource_id = rid), TIMESTAMP ''0001-01-01'') WHERE i.guid::text = rid\073 END IF\073 RETURN NULL\073 END\073';

CREATE TRIGGER "secrets_integration_changed" AFTER INSERT OR UPDATE OF "updated_at" OR DELETE ON "secrets"
  FOR EACH ROW EXECUTE FUNCTION "integration_secrets_changed"();

UPDATE "integrations" i
   SET "secrets_changed_at" = m.changed
  FROM (SELECT "resource_id", min("updated_at") AS changed FROM "secrets" WHERE "resource_type" = 'integration' GROUP BY "resource_id") m
 WHERE i."guid"::text = m."resource_id";

CREATE INDEX "integrations_organization_id_secrets_changed_at_name_id_idx" ON "integrations"("organization_id", "secrets_changed_at", "name", "id");
