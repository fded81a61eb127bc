import "server-only";
import { createIntegrationSchema, type IntegrationDto } from "@/lib/schemas/integrations";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { emitResourceEvent } from "@/lib/server/webhooks/resource-events";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { putSecret } from "@/lib/server/secrets/secret-store";
import { getTemplate } from "@/lib/templates/registry";
import { planVerifyRequest } from "@/lib/templates/verify";
import { parseInput } from "@/lib/server/validation";
import { loadIntegrationDto } from "./find-integration";
import { INTEGRATION_RESOURCE } from "./integration-dto";
import { replacePermissions, resolvePermissions } from "./integration-permissions";
import { assertSlugAvailable, generateSlug, isSlugConflict, slugTaken } from "./integration-slug";
import { acceptConfigForCreate } from "./validate-config";

/** Creates an integration from a template; secret config values are stored encrypted. */
export async function createIntegration(actor: Actor, input: unknown, context: RequestContext): Promise<IntegrationDto> {
  await requirePermission(actor, "integration.create", context);
  const data = parseInput(createIntegrationSchema, input);
  const accepted = acceptConfigForCreate(data.template, data.config);
  if (data.slug) assertSlugAvailable(data.slug);
  const guid = crypto.randomUUID();
  const slug = data.slug ?? generateSlug(data.name ?? "", data.template, guid);
  try {
    return await db.$transaction(async (tx) => {
      if (data.slug && (await tx.integration.count({ where: { organizationId: actor.organizationId, slug } }))) throw slugTaken(slug);
      const permissions = data.permissions ? await resolvePermissions(tx, actor.organizationId, data.permissions) : [];
      const row = await tx.integration.create({
        data: {
          guid,
          slug,
          organizationId: actor.organizationId,
          name: data.name ?? "",
          description: data.description ?? "",
          template: data.template,
          authType: accepted.authType,
          config: accepted.config as object,
          tags: data.tags ?? [],
        },
      });
      await replacePermissions(tx, row.id, permissions);
      const resource = { organizationId: actor.organizationId, resourceType: INTEGRATION_RESOURCE, resourceId: row.guid };
      const template = getTemplate(data.template);
      const endpoint = template ? (planVerifyRequest(template, accepted.config)?.tokenUrl ?? null) : null;
      const expiresAt = data.secret_expires_time ?? null;
      for (const [field, value] of Object.entries(accepted.secrets)) await putSecret(tx, resource, field, value, endpoint, { expiresAt });
      const { dto } = await loadIntegrationDto(actor, row.guid, tx);
      await emitResourceEvent(tx, actor, "integration", "created", { id: dto.guid, name: dto.name });
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
  } catch (error) {
    // Two creates racing for one id: the unique index decides, the loser gets a 409.
    if (isSlugConflict(error)) throw slugTaken(slug);
    throw error;
  }
}
