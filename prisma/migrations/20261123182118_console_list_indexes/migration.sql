-- The console lists on the shared data table (lib/server/pagination): one index per sort order,
-- (organization_id, [filter], sort columns…, id), so a page seeks by keyset and a page jump skips
-- index entries only.
CREATE INDEX "connections_organization_id_auth_type_name_id_idx" ON "connections"("organization_id", "auth_type", "name", "id");
CREATE INDEX "oauth_apps_organization_id_name_id_idx" ON "oauth_apps"("organization_id", "name", "id");
CREATE INDEX "oauth_apps_organization_id_data_store_name_id_idx" ON "oauth_apps"("organization_id", "data_store", "name", "id");
CREATE INDEX "oauth_profiles_organization_id_name_id_idx" ON "oauth_profiles"("organization_id", "name", "id");
CREATE INDEX "oauth_profiles_organization_id_owner_id_name_id_idx" ON "oauth_profiles"("organization_id", "owner_id", "name", "id");
