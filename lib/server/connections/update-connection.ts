import "server-only";
// UpdateConnection (PUT) replaces the name and the data. Secret fields are write-only: one sent
// empty or omitted keeps the stored value (the console's "blank = keep"); every other field of
// the data is replaced, so a field left out is removed.
import { AppError } from "@/lib/errors";
import { updateConnectionSchema, type ConnectionDto } from "@/lib/schemas/connections";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { emitResourceEvent } from "@/lib/server/webhooks/resource-events";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { authConfigEndpoint } from "@/lib/server/apps/app-endpoint";
import { putSecret, setSecretsExpiry } from "@/lib/server/secrets/secret-store";
import { checkPrecondition, recordEtag, type Precondition } from "@/lib/server/preconditions";
import { parseInput } from "@/lib/server/validation";
import { acceptConnectionData, needsRedirect, requireFormAuthType } from "./accept-connection-data";
import { CONNECTION_RESOURCE, TOKEN_FIELDS } from "./connection-dto";
import { loadConnection } from "./find-connection";

export async function updateConnection(actor: Actor, connectionId: string, input: unknown, precondition: Precondition, context: RequestContext): Promise<ConnectionDto> {
  await requirePermission(actor, "connection.write", context, { type: CONNECTION_RESOURCE, id: connectionId });
  const body = parseInput(updateConnectionSchema, input);
  return db.$transaction(async (tx) => {
    const { row, dto: before } = await loadConnection(actor, connectionId, tx);
    checkPrecondition({ etag: recordEtag(row), version: row.version }, precondition, "connection");
    if (!before.app) throw new AppError("conflict", "The app of this connection no longer exists");
    // A browser-made (OAuth) connection holds tokens, not data: only its name can be replaced.
    let accepted: { data: Record<string, unknown>; secrets: Record<string, string> } = { data: {}, secrets: {} };
    if (needsRedirect(before.app, row.authType)) {
      if (Object.keys(body.data).length > 0) throw new AppError("validation_failed", "This connection was made through OAuth: its data cannot be replaced, reconnect instead", { fieldErrors: { data: ["must be {}"] } });
    } else {
      accepted = acceptConnectionData(requireFormAuthType(before.app, row.authType), body.data, new Set(Object.keys(before.secrets)));
    }
    const { count } = await tx.connection.updateMany({
      where: { id: row.id, version: row.version },
      data: { name: body.name, ...(!needsRedirect(before.app, row.authType) && { data: accepted.data as object }), updatedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("precondition_failed", "This connection was changed by someone else at the same time. Reload and try again.");
    const resource = { organizationId: actor.organizationId, resourceType: CONNECTION_RESOURCE, resourceId: row.id };
    for (const [field, value] of Object.entries(accepted.secrets)) await putSecret(tx, resource, field, value, authConfigEndpoint(before.app.supportedAuthConfigs.find((c) => c.type === row.authType)));
    if (body.secretExpiresAt !== undefined) await setSecretsExpiry(tx, resource, body.secretExpiresAt, { exceptFields: [...TOKEN_FIELDS] });
    const { dto: after } = await loadConnection(actor, row.id, tx);
    const replaced = Object.keys(accepted.secrets);
    await emitResourceEvent(tx, actor, "connection", "updated", { id: after.id, name: after.name });
    await recordAuditEvent(tx, {
      actor,
      organizationId: actor.organizationId,
      action: "connection.update",
      resourceType: CONNECTION_RESOURCE,
      resourceId: row.id,
      before,
      after,
      detail: replaced.length ? `secrets replaced: ${replaced.join(", ")}` : null,
      context,
    });
    return after;
  });
}
