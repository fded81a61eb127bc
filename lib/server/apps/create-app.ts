import "server-only";
import { createAppSchema, type AppDto } from "@/lib/schemas/apps";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { secretStatuses } from "@/lib/server/secrets/secret-store";
import { parseInput } from "@/lib/server/validation";
import { splitAuthConfigs, storeAppSecrets } from "./accept-auth-configs";
import { APP_RESOURCE, toAppDto } from "./app-dto";

/** Creates an app of the actor's organisation; secret parts of its auth configs are stored encrypted. */
export async function createApp(actor: Actor, input: unknown, context: RequestContext): Promise<AppDto> {
  await requirePermission(actor, "app.write", context, { type: APP_RESOURCE });
  const data = parseInput(createAppSchema, input);
  const { stored, secrets } = splitAuthConfigs(data.authConfigs ?? data.supportedAuthConfigs ?? []);
  return db.$transaction(async (tx) => {
    const row = await tx.app.create({
      data: {
        organizationId: actor.organizationId,
        name: data.name,
        serverName: data.server.name || data.server.url,
        serverUrl: data.server.url,
        imageUrl: data.imageUrl || null,
        schemaId: data.schemaId || null,
        authConfigs: stored as object[],
      },
    });
    await storeAppSecrets(tx, actor.organizationId, row.id, stored, secrets);
    const dto = toAppDto(row, (await secretStatuses(APP_RESOURCE, [row.id], tx)).get(row.id));
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "app.create", resourceType: APP_RESOURCE, resourceId: row.id, after: dto, context });
    return dto;
  });
}
