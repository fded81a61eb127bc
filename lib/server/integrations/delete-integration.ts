import "server-only";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { deleteSecretsOf } from "@/lib/server/secrets/secret-store";
import { loadIntegrationDto, refLabel, type IntegrationRef } from "./find-integration";
import { INTEGRATION_RESOURCE } from "./integration-dto";
import { checkPrecondition, type Precondition } from "./preconditions";

/** Deletes an integration, its secrets and its content associations. */
export async function deleteIntegration(actor: Actor, ref: IntegrationRef, precondition: Precondition, context: RequestContext): Promise<void> {
  await requirePermission(actor, "integration.delete", context, { type: INTEGRATION_RESOURCE, id: refLabel(ref) });
  await db.$transaction(async (tx) => {
    const { row, dto } = await loadIntegrationDto(actor, ref, tx);
    checkPrecondition(row, precondition);
    await tx.integration.delete({ where: { id: row.id } });
    await deleteSecretsOf(tx, INTEGRATION_RESOURCE, row.guid);
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
