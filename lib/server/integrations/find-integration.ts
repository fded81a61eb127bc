import "server-only";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { Actor } from "@/lib/server/auth/actor";
import { db, type Tx } from "@/lib/server/db/client";
import { secretStatuses } from "@/lib/server/secrets/secret-store";
import { INTEGRATION_RESOURCE, toIntegrationDto } from "./integration-dto";

/** An integration of the actor's organisation by guid (or "not found": nothing crosses orgs). */
export async function findIntegrationRow(actor: Actor, guid: string, client: Tx | typeof db = db) {
  if (!isUuid(guid)) throw notFound("OAuth integration");
  const row = await client.integration.findFirst({
    where: { guid, organizationId: actor.organizationId },
    include: { _count: { select: { associations: true } } },
  });
  if (!row) throw notFound("OAuth integration");
  return row;
}

export async function loadIntegrationDto(actor: Actor, guid: string, client: Tx | typeof db = db) {
  const row = await findIntegrationRow(actor, guid, client);
  const statuses = await secretStatuses(INTEGRATION_RESOURCE, [row.guid], client);
  return { row, dto: toIntegrationDto(row, statuses.get(row.guid), row._count.associations) };
}
