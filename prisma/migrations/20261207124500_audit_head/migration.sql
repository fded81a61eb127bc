-- The audit chain head, kept apart from the rows it covers and signed by the console (see lib/server/audit/audit-head.ts)
CREATE TABLE "audit_heads" (
    "id" INTEGER NOT NULL,
    "count" BIGINT NOT NULL,
    "last_id" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,
    "signature" TEXT,
    "key_id" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_heads_pkey" PRIMARY KEY ("id")
);

-- Anchored at the log as it is now, unsigned: the next event signs it
INSERT INTO "audit_heads" ("id", "count", "last_id", "hash")
SELECT 1, count(*), coalesce(max("id"), 0),
       coalesce((SELECT "hash" FROM "audit_events" ORDER BY "id" DESC LIMIT 1), repeat('0', 64))
  FROM "audit_events";
