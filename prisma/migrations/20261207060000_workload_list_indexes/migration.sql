-- The Workloads list sorts by creation time too: one index per sort order (lib/server/pagination),
-- for admins (every workload of the organisation) and publishers (their own).
CREATE INDEX "content_items_organization_id_created_at_id_idx" ON "content_items"("organization_id", "created_at", "id");
CREATE INDEX "content_items_organization_id_owner_id_created_at_id_idx" ON "content_items"("organization_id", "owner_id", "created_at", "id");
