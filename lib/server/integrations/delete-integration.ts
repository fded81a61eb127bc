import "server-only";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { emitResourceEvent } from "@/lib/server/webhooks/resource-events";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { deleteSecretsOf } from "@/lib/server/secrets/secret-store";
import { findIntegrationRow, loadIntegrationDto, refLabel, type IntegrationRef } from "./find-integration";
import { INTEGRATION_RESOURCE } from "./integration-dto";
import { checkPrecondition, type Precondition } from "./preconditions";

/** Deletes an integration, its secrets and its content associations. */
export async function deleteIntegration(actor: Actor, ref: IntegrationRef, precondition: Precondition, context: RequestContext): Promise<void> {
  await requirePermission(actor, "integration.delete", context, { type: INTEGRATION_RESOURCE, id: refLabel(ref) });
  await db.$transaction(async (tx) => {
    // Deleters and writers of one integration queue on its row lock, so the state read below is
    // the latest committed one: a concurrent delete makes this one 404 (it was a 500 from Prisma's
    // "record not found", found by the fuzzing proof) and If-Match is judged against the current version.
    const target = await findIntegrationRow(actor, ref, tx);
    await tx.$executeRaw`SELECT 1 FROM integrations WHERE id = ${target.id} FOR UPDATE`;
    const { row, dto } = await loadIntegrationDto(actor, ref, tx);
    checkPrecondition(row, precondition);
    await tx.integration.delete({ where: { id: row.id } });
    await deleteSecretsOf(tx, INTEGRATION_RESOURCE, row.guid);
    await emitResourceEvent(tx, actor, "integration", "deleted", { id: dto.guid, name: dto.name });
    await recordAuditEvent(tx, {
      actor,
      organizationId: actor.organizationId,
      action: "integration.delete",
      resourceType: INTEGRATION_RESOURCE,
      resourceId: row.guid,
      before: dto,
      context,
    });
  });
}
