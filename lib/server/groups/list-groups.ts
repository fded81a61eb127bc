import "server-only";
// Posit's paged group list (page_number/page_size → {results, current_page, total}), by name.
// Posit's contract is page numbers, so this is an offset page; page_size is capped at 500.
import type { GroupDto, PositPaging } from "@/lib/schemas/groups";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, type Prisma } from "@/lib/server/db/client";
import { groupSelect, toGroupDto } from "./group-dto";

export async function listGroups(actor: Actor, paging: PositPaging, context: RequestContext): Promise<{ results: GroupDto[]; total: number }> {
  await requirePermission(actor, "group.read", context);
  const where: Prisma.GroupWhereInput = {
    organizationId: actor.organizationId,
    ...(paging.prefix && { name: { startsWith: paging.prefix, mode: "insensitive" } }),
  };
  const [total, rows] = await Promise.all([
    db.group.count({ where }),
    db.group.findMany({ where, select: groupSelect, orderBy: [{ name: "asc" }, { id: "asc" }], skip: (paging.page_number - 1) * paging.page_size, take: paging.page_size }),
  ]);
  return { results: rows.map(toGroupDto), total };
}
