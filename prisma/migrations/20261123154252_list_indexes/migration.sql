-- Posit's unpaged integration list is read in batches by keyset on (organization_id, id).
CREATE INDEX "integrations_organization_id_id_idx" ON "integrations"("organization_id", "id");
