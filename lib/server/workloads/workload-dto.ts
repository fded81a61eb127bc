import "server-only";
// A workload's DTO, its ETag, and the one lookup every workload service uses: the organisation and,
// for anyone without workload.readAll (publishers), the owner are part of the query — another
// organisation's workload, another publisher's and a missing one all answer the same 404.
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { can } from "@/lib/permissions";
import type { WorkloadDto } from "@/lib/schemas/content";
import type { Actor } from "@/lib/server/auth/actor";
import { db, type Prisma, type Tx } from "@/lib/server/db/client";

export const workloadSelect = {
  id: true,
  name: true,
  title: true,
  description: true,
  ownerId: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  owner: { select: { email: true } },
} as const;

type Row = Prisma.ContentItemGetPayload<{ select: typeof workloadSelect }>;

export const toWorkloadDto = (row: Row): WorkloadDto => ({
  guid: row.id,
  name: row.name,
  title: row.title,
  description: row.description,
  ownerGuid: row.ownerId,
  ownerEmail: row.owner?.email ?? null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
});

/** Strong validator of one version: `"<guid>.<version>"`. */
export const workloadEtag = (dto: Pick<WorkloadDto, "guid" | "version">) => `"${dto.guid}.${dto.version}"`;

/** The rows an actor may reach: its organisation's, and only its own unless it may read all. */
export const reachableWorkloads = (actor: Actor): Prisma.ContentItemWhereInput => ({
  organizationId: actor.organizationId,
  ...(!can(actor.role, "workload.readAll") && { ownerId: actor.userId }),
});

/** A workload the actor may reach, or "Content not found" (nothing says whose or whether it exists). */
export async function findWorkload(actor: Actor, guid: string, client: Tx | typeof db = db): Promise<Row> {
  if (!isUuid(guid)) throw notFound("Content");
  const row = await client.contentItem.findFirst({ where: { id: guid.toLowerCase(), ...reachableWorkloads(actor) }, select: workloadSelect });
  if (!row) throw notFound("Content");
  return row;
}

/** The same, locking the row for a write (a concurrent PATCH or DELETE waits, then sees the result). */
export async function lockWorkload(actor: Actor, guid: string, tx: Tx): Promise<Row> {
  if (!isUuid(guid)) throw notFound("Content");
  await tx.$queryRaw`SELECT id FROM content_items WHERE id = ${guid.toLowerCase()}::uuid FOR UPDATE`;
  return findWorkload(actor, guid, tx);
}
