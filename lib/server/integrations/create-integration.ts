import "server-only";
import { createIntegrationSchema, type IntegrationDto } from "@/lib/schemas/integrations";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { putSecret, secretStatuses } from "@/lib/server/secrets/secret-store";
import { parseInput } from "@/lib/server/validation";
import { INTEGRATION_RESOURCE, toIntegrationDto } from "./integration-dto";
import { acceptConfigForCreate } from "./validate-config";

/** Creates an integration from a template; secret config values are stored encrypted. */
export async function createIntegration(actor: Actor, input: unknown, context: RequestContext): Promise<IntegrationDto> {
  await requirePermission(actor, "integration.create", context);
  const data = parseInput(createIntegrationSchema, input);
  const accepted = acceptConfigForCreate(data.template, data.config);
  return db.$transaction(async (tx) => {
    const row = await tx.integration.create({
      data: {
        organizationId: actor.organizationId,
        name: data.name ?? "",
        description: data.description ?? "",
        template: data.template,
        authType: accepted.authType,
        config: accepted.config as object,
      },
    });
    const resource = { organizationId: actor.organizationId, resourceType: INTEGRATION_RESOURCE, resourceId: row.guid };
    for (const [field, value] of Object.entries(accepted.secrets)) await putSecret(tx, resource, field, value);
    const dto = toIntegrationDto(row, (await secretStatuses(INTEGRATION_RESOURCE, [row.guid], tx)).get(row.guid));
    await recordAuditEvent(tx, {
      actor,
      organizationId: actor.organizationId,
      action: "integration.create",
      resourceType: INTEGRATION_RESOURCE,
      resourceId: row.guid,
      after: dto,
      context,
    });
    return dto;
  });
}
