-- Natural name order ("Integration 2" before "Integration 10", case-insensitive first) for every
-- ORDER BY and keyset comparison on the column, in the console and every API, from the column's
-- own collation: ICU root locale with numeric ordering. Deterministic, so equality is unchanged.
CREATE COLLATION IF NOT EXISTS "natural_sort" (provider = icu, locale = 'und-u-kn-true');
ALTER TABLE "integrations" ALTER COLUMN "name" TYPE TEXT COLLATE "natural_sort";

-- The console list: one index per sort order (organization_id, [filter], sort columns…, id), so a
-- page seeks by keyset and a page jump skips index entries only (lib/server/pagination).
DROP INDEX "integrations_organization_id_name_idx";
CREATE INDEX "integrations_organization_id_name_id_idx" ON "integrations"("organization_id", "name", "id");
CREATE INDEX "integrations_organization_id_updated_at_id_idx" ON "integrations"("organization_id", "updated_at", "id");
CREATE INDEX "integrations_organization_id_template_name_id_idx" ON "integrations"("organization_id", "template", "name", "id");
CREATE INDEX "integrations_organization_id_auth_type_name_id_idx" ON "integrations"("organization_id", "auth_type", "name", "id");

-- Search (name or description contains, case-insensitive) by trigram instead of reading every row.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
CREATE INDEX "integrations_search_idx" ON "integrations" USING GIN ("name" gin_trgm_ops, "description" gin_trgm_ops);
