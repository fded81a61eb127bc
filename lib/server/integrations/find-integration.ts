import "server-only";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { INTEGRATION_SLUG_PATTERN } from "@/lib/schemas/integrations";
import type { Actor } from "@/lib/server/auth/actor";
import { db, type Prisma, type Tx } from "@/lib/server/db/client";
import { secretStatuses } from "@/lib/server/secrets/secret-store";
import { INTEGRATION_RESOURCE, permissionsInclude, toIntegrationDto, toPermissionDtos } from "./integration-dto";

/** Posit's door names an integration by guid, Fruxon's by its per-organisation slug. */
export type IntegrationRef = string | { slug: string };

export const refLabel = (ref: IntegrationRef) => (typeof ref === "string" ? ref : ref.slug);

/** The WHERE clause for a reference, always inside the actor's organisation (or null: malformed). */
export function refWhere(actor: Actor, ref: IntegrationRef): Prisma.IntegrationWhereInput | null {
  if (typeof ref === "string") return isUuid(ref) ? { guid: ref, organizationId: actor.organizationId } : null;
  return INTEGRATION_SLUG_PATTERN.test(ref.slug) && ref.slug.length <= 100 ? { slug: ref.slug, organizationId: actor.organizationId } : null;
}

/** An integration of the actor's organisation (or "not found": nothing crosses orgs). */
export async function findIntegrationRow(actor: Actor, ref: IntegrationRef, client: Tx | typeof db = db) {
  const where = refWhere(actor, ref);
  if (!where) throw notFound("OAuth integration");
  const row = await client.integration.findFirst({
    where,
    include: { _count: { select: { associations: true } }, ...permissionsInclude },
  });
  if (!row) throw notFound("OAuth integration");
  return row;
}

export async function loadIntegrationDto(actor: Actor, ref: IntegrationRef, client: Tx | typeof db = db) {
  const row = await findIntegrationRow(actor, ref, client);
  const statuses = await secretStatuses(INTEGRATION_RESOURCE, [row.guid], client);
  return { row, dto: toIntegrationDto(row, statuses.get(row.guid), row._count.associations, toPermissionDtos(row.permissions)) };
}
