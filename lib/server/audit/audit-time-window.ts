import "server-only";
// A time range as the window of ids it spans. Pages are newest first by id, and PostgreSQL cannot
// tell that ids and times rise together: for "one day, ten days ago" it walked the primary key
// down through every newer event (~780,000 at 1,000,000 events). The lowest and highest id in the
// range come from an index-only scan of (organization_id, created_at, id) over the range alone;
// adding `id BETWEEN lo AND hi` to the query (next to the time filter, which stays) then leaves
// the same rows and lets the page and its cursor probes read only that window.
import { db, Prisma } from "@/lib/server/db/client";

/** Ranges with more events than this are not windowed (a wide range matches densely anyway). */
export const AUDIT_WINDOW_MAX_EVENTS = 100_000;

export type AuditTimeWindow = { kind: "empty" } | { kind: "ids"; ids: { gte: bigint; lte: bigint } } | { kind: "wide" };

export async function auditTimeWindow(organizationId: string, from: Date | undefined, to: Date | undefined): Promise<AuditTimeWindow> {
  const range = [
    Prisma.sql`organization_id = ${organizationId}::uuid`,
    ...(from ? [Prisma.sql`created_at >= ${from}`] : []),
    ...(to ? [Prisma.sql`created_at <= ${to}`] : []),
  ];
  const [row] = await db.$queryRaw<{ n: number; lo: bigint | null; hi: bigint | null }[]>`
    SELECT count(*)::int AS n, min(id) AS lo, max(id) AS hi
      FROM (SELECT id FROM audit_events WHERE ${Prisma.join(range, " AND ")} LIMIT ${AUDIT_WINDOW_MAX_EVENTS + 1}) AS range`;
  if (row.n > AUDIT_WINDOW_MAX_EVENTS) return { kind: "wide" };
  if (row.lo === null || row.hi === null) return { kind: "empty" };
  return { kind: "ids", ids: { gte: row.lo, lte: row.hi } };
}
