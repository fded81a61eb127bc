import "server-only";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { GroupDto } from "@/lib/schemas/groups";
import type { Actor } from "@/lib/server/auth/actor";
import { db, type Tx } from "@/lib/server/db/client";

export const groupSelect = { id: true, name: true, createdAt: true, _count: { select: { members: true } } } as const;

export const toGroupDto = (row: { id: string; name: string; createdAt: Date; _count: { members: number } }): GroupDto => ({
  guid: row.id,
  name: row.name,
  ownerGuid: null,
  createdAt: row.createdAt.toISOString(),
  memberCount: row._count.members,
});

/** A group of the actor's organisation, or "not found" (nothing crosses organisations). */
export async function findGroup(actor: Actor, guid: string, client: Tx | typeof db = db) {
  if (!isUuid(guid)) throw notFound("Group");
  const row = await client.group.findFirst({ where: { id: guid, organizationId: actor.organizationId }, select: groupSelect });
  if (!row) throw notFound("Group");
  return row;
}
