import "server-only";
import { AppError } from "@/lib/errors";
import { createConnectionSchema, type ConnectionDto } from "@/lib/schemas/connections";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { emitResourceEvent } from "@/lib/server/webhooks/resource-events";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { findUsableApp } from "@/lib/server/apps/find-app";
import { db } from "@/lib/server/db/client";
import { authConfigEndpoint } from "@/lib/server/apps/app-endpoint";
import { putSecret } from "@/lib/server/secrets/secret-store";
import { parseInput } from "@/lib/server/validation";
import { acceptConnectionData, requireFormAuthType, requireSupportedAuthType } from "./accept-connection-data";
import { CONNECTION_RESOURCE } from "./connection-dto";
import { loadConnection } from "./find-connection";

/** CreateConnection: API key, basic auth and the other types configured with data (not OAuth redirects). */
export async function createConnection(actor: Actor, input: unknown, context: RequestContext): Promise<ConnectionDto> {
  await requirePermission(actor, "connection.write", context, { type: CONNECTION_RESOURCE });
  const body = parseInput(createConnectionSchema, input);
  const app = await findUsableApp(actor, body.appId);
  if (!app) throw new AppError("validation_failed", `App "${body.appId}" not found`, { fieldErrors: { appId: [`App "${body.appId}" not found`] } });
  requireSupportedAuthType(app, body.authType);
  const authType = requireFormAuthType(app, body.authType);
  const accepted = acceptConnectionData(authType, body.data);
  return db.$transaction(async (tx) => {
    const row = await tx.connection.create({
      data: { organizationId: actor.organizationId, appId: app.id, name: body.name, authType, data: accepted.data as object },
    });
    const resource = { organizationId: actor.organizationId, resourceType: CONNECTION_RESOURCE, resourceId: row.id };
    for (const [field, value] of Object.entries(accepted.secrets)) await putSecret(tx, resource, field, value, authConfigEndpoint(app.supportedAuthConfigs.find((c) => c.type === authType)), {
      expiresAt: body.secretExpiresAt ?? null,
    });
    const { dto } = await loadConnection(actor, row.id, tx);
    await emitResourceEvent(tx, actor, "connection", "created", { id: dto.id, name: dto.name });
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "connection.create", resourceType: CONNECTION_RESOURCE, resourceId: row.id, after: dto, context });
    return dto;
  });
}
