import "server-only";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { can } from "@/lib/permissions";
import type { WorkloadDto } from "@/lib/schemas/content";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { Prisma } from "@/lib/server/db/client";
import { param, prepared } from "@/lib/server/db/prepared";
import { toWorkloadDto } from "./workload-dto";

type Row = { id: string; name: string; title: string | null; description: string; ownerId: string | null; createdAt: Date; updatedAt: Date; version: number; ownerEmail: string | null };

// posit-sdk reads the workload before every exchange (`client.content.get()`): one named statement
// on the prepared pool (lib/server/db/prepared.ts), with findWorkload's rules — the organisation's,
// and the caller's own unless it may read all (ownerId null).
const workloadById = prepared<Row, { id: string; organizationId: string; ownerId: string | null }>(
  Prisma.sql`
  SELECT c.id::text, c.name, c.title, c.description, c.owner_id::text AS "ownerId", c.created_at AS "createdAt",
         c.updated_at AS "updatedAt", c.version, u.email AS "ownerEmail"
    FROM content_items c LEFT JOIN users u ON u.id = c.owner_id
   WHERE c.id = ${param("id")}::uuid AND c.organization_id = ${param("organizationId")}::uuid
     AND (${param("ownerId")}::uuid IS NULL OR c.owner_id = ${param("ownerId")}::uuid)`,
);

export async function getWorkload(actor: Actor, guid: string, context: RequestContext): Promise<WorkloadDto> {
  await requirePermission(actor, "workload.read", context, { type: "content", id: guid });
  if (!isUuid(guid)) throw notFound("Content");
  const ownerId = can(actor.role, "workload.readAll") ? null : actor.userId;
  const [row] = await workloadById({ id: guid.toLowerCase(), organizationId: actor.organizationId, ownerId });
  if (!row) throw notFound("Content");
  const { ownerEmail, ...rest } = row;
  return toWorkloadDto({ ...rest, owner: ownerEmail === null ? null : { email: ownerEmail } });
}
