-- The audit log at 1,000,000 events (issue 7). Pages are newest first by id (keyset), so:
-- * an outcome filter walks (organization_id, outcome, id) backwards instead of the primary key
--   filtering every newer event (actor + outcome on an older page read ~250,000 rows: 333 ms);
-- * a time range finds the ids it spans from (organization_id, created_at, id) alone (an
--   index-only scan), and the page then reads only that id window (lib/server/audit/list-audit-events.ts).
--   It replaces (organization_id, created_at), whose leading columns it keeps.
DROP INDEX "audit_events_organization_id_created_at_idx";
CREATE INDEX "audit_events_organization_id_created_at_id_idx" ON "audit_events"("organization_id", "created_at", "id");
CREATE INDEX "audit_events_organization_id_outcome_id_idx" ON "audit_events"("organization_id", "outcome", "id");
