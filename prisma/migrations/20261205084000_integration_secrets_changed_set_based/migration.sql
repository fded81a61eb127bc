-- `secrets_changed_at` was kept by a row-level trigger whose UPDATE matched `i.guid::text = rid`:
-- the cast hides the guid index, so every secret written scanned all integrations (≈ 60 ms each at
-- 100,000 integrations, and a bulk import of 50,000 secrets ran for most of an hour). Now statement-
-- level triggers with transition tables refresh every touched integration in one set-based UPDATE
-- that seeks by guid, and skip rows whose value does not change.
-- The bodies write their semicolons as \073: the migration runner splits scripts at every semicolon.
DROP TRIGGER "secrets_integration_changed" ON "secrets";
DROP FUNCTION "integration_secrets_changed"();

-- Recomputes secrets_changed_at of the integrations whose guid (as text) is in `rids`.
CREATE FUNCTION "integration_secrets_refresh"(rids text[]) RETURNS void LANGUAGE sql
  AS E'UPDATE integrations i SET secrets_changed_at = m.changed FROM (SELECT r.rid::uuid AS guid, COALESCE((SELECT min(s.updated_at) FROM secrets s WHERE s.resource_type = ''integration'' AND s.resource_id = r.rid), TIMESTAMP ''0001-01-01'') AS changed FROM (SELECT DISTINCT u.rid FROM unnest(rids) AS u(rid) WHERE u.rid ~ ''^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'' OFFSET 0) r) m WHERE i.guid = m.guid AND i.secrets_changed_at IS DISTINCT FROM m.changed';

CREATE FUNCTION "integration_secrets_changed"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN IF TG_OP = ''INSERT'' THEN PERFORM integration_secrets_refresh(ARRAY(SELECT resource_id FROM new_rows WHERE resource_type = ''integration''))\073 ELSIF TG_OP = ''DELETE'' THEN PERFORM integration_secrets_refresh(ARRAY(SELECT resource_id FROM old_rows WHERE resource_type = ''integration''))\073 ELSE PERFORM integration_secrets_refresh(ARRAY(SELECT n.resource_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.resource_type = ''integration'' AND (n.updated_at IS DISTINCT FROM o.updated_at OR n.resource_id IS DISTINCT FROM o.resource_id OR o.resource_type IS DISTINCT FROM n.resource_type) UNION SELECT o.resource_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE o.resource_type = ''integration'' AND (n.resource_id IS DISTINCT FROM o.resource_id OR o.resource_type IS DISTINCT FROM n.resource_type)))\073 END IF\073 RETURN NULL\073 END\073';

-- One trigger per event: PostgreSQL allows transition tables only on single-event triggers.
CREATE TRIGGER "secrets_integration_inserted" AFTER INSERT ON "secrets"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "integration_secrets_changed"();
CREATE TRIGGER "secrets_integration_updated" AFTER UPDATE ON "secrets"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "integration_secrets_changed"();
CREATE TRIGGER "secrets_integration_deleted" AFTER DELETE ON "secrets"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "integration_secrets_changed"();
