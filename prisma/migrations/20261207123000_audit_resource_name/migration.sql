-- The audit log names the resource as it was called when the event happened (a rename or a delete
-- later does not change what the row says). Older rows keep NULL and the console reads the name
-- from their before or after snapshot. Part of the hash only when set, so older rows verify as before.
ALTER TABLE "audit_events" ADD COLUMN "resource_name" TEXT;
