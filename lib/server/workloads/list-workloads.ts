import "server-only";
// Two reads of workloads, both O(batch) at any size, both scoped by the ownership rule (admins:
// the organisation's; publishers: their own):
//  - Posit's GET v1/content (an unpaged array, as Connect's is): keyset batches by id, streamed;
//  - the console's list: searched and sorted, one page at a time by keyset (lib/server/pagination).
import { isUuid } from "@/lib/ids";
import { can } from "@/lib/permissions";
import type { PositContentQuery, WorkloadDto, WorkloadListQuery } from "@/lib/schemas/content";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, Prisma } from "@/lib/server/db/client";
import { col, keysetPage, sortBoth, type Page, type SortOrder } from "@/lib/server/pagination/keyset-page";
import { containsPattern } from "@/lib/server/pagination/like";
import { keysetBatches } from "@/lib/server/pagination/stream";

export const WORKLOADS_PAGE_SIZE = 25;

type Row = { id: string; name: string; title: string | null; description: string; owner_id: string | null; owner_email: string | null; created_at: Date; updated_at: Date; version: number };

const SELECT = Prisma.sql`c.id::text AS id, c.name, c.title, c.description, c.owner_id::text AS owner_id, u.email AS owner_email, c.created_at, c.updated_at, c.version`;
const FROM = Prisma.sql`content_items c LEFT JOIN users u ON u.id = c.owner_id`;

const toDto = (r: Row): WorkloadDto => ({
  guid: r.id,
  name: r.name,
  title: r.title,
  description: r.description,
  ownerGuid: r.owner_id,
  ownerEmail: r.owner_email,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
  version: r.version,
});

/** The ownership rule as SQL: the organisation, and the owner unless the actor may read all. */
function scope(actor: Actor): Prisma.Sql[] {
  const where = [Prisma.sql`c.organization_id = ${actor.organizationId}::uuid`];
  if (!can(actor.role, "workload.readAll")) where.push(Prisma.sql`c.owner_id = ${actor.userId}::uuid`);
  return where;
}

/** Every workload the actor may see (filtered by `owner_guid` and `name`), in id order, in keyset batches. */
export async function listAllWorkloads(actor: Actor, query: PositContentQuery, context: RequestContext): Promise<AsyncGenerator<WorkloadDto[]>> {
  await requirePermission(actor, "workload.read", context, { type: "content" });
  const where = scope(actor);
  if (query.owner_guid !== undefined) {
    // An owner guid that is no uuid names nobody: an empty list, as Connect answers an unknown owner.
    where.push(isUuid(query.owner_guid) ? Prisma.sql`c.owner_id = ${query.owner_guid.toLowerCase()}::uuid` : Prisma.sql`FALSE`);
  }
  if (query.name !== undefined) where.push(Prisma.sql`c.name = ${query.name}`);
  return keysetBatches(
    async (after: string | null, limit) =>
      (
        await db.$queryRaw<Row[]>`SELECT ${SELECT} FROM ${FROM}
          WHERE ${Prisma.join(where, " AND ")} AND c.id > ${after ?? "00000000-0000-0000-0000-000000000000"}::uuid
          ORDER BY c.id LIMIT ${limit}`
      ).map(toDto),
    (w) => w.guid,
  );
}

// Indexes: (organization_id, [owner_id], name, id) and (organization_id, [owner_id], created_at, id).
const id = col(Prisma.sql`c.id`, "id", "uuid");
const ORDER: Record<WorkloadListQuery["sort"], SortOrder> = {
  ...sortBoth("name", [col(Prisma.sql`c.name`, "name", "text"), id]),
  ...sortBoth("created", [col(Prisma.sql`c.created_at`, "created_at", "timestamp"), id]),
};

export async function searchWorkloads(actor: Actor, query: WorkloadListQuery, context: RequestContext): Promise<Page<WorkloadDto>> {
  await requirePermission(actor, "workload.read", context, { type: "content" });
  const where = scope(actor);
  if (query.q) where.push(Prisma.sql`(c.name ILIKE ${containsPattern(query.q)} OR c.title ILIKE ${containsPattern(query.q)})`);
  const page = await keysetPage<Row>({
    select: SELECT,
    from: FROM,
    where,
    order: ORDER[query.sort],
    request: { page: query.page, cursor: query.cursor, size: query.size ?? WORKLOADS_PAGE_SIZE },
  });
  return { ...page, items: page.items.map(toDto) };
}
