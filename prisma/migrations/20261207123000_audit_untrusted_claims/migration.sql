-- What a caller said about itself (request id, forwarded addresses) without a trusted proxy to vouch for it
ALTER TABLE "audit_events" ADD COLUMN "untrusted" JSONB;
