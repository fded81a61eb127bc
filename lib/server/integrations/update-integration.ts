import "server-only";
// PATCH semantics (Posit): name/description replaced when given; config keys given are merged into
// the stored config, secret keys given are replaced (an empty secret keeps the stored one), keys
// omitted are kept. Read-only attributes may be echoed back unchanged, never changed.
import { AppError } from "@/lib/errors";
import { updateIntegrationSchema, type IntegrationDto } from "@/lib/schemas/integrations";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { emitResourceEvent } from "@/lib/server/webhooks/resource-events";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { markIntegrationSessionsNeedReauthorization } from "@/lib/server/oauth-sessions/mark-sessions-need-reauthorization";
import { refuseKeptSecret } from "@/lib/server/secrets/endpoint-guard";
import { clearSecret, putSecret, setSecretsExpiry } from "@/lib/server/secrets/secret-store";
import { changedEndpointFields } from "@/lib/templates/endpoint";
import { getTemplate } from "@/lib/templates/registry";
import type { ConfigValues } from "@/lib/templates/types";
import { planVerifyRequest } from "@/lib/templates/verify";
import { parseInput } from "@/lib/server/validation";
import { findIntegrationRow, loadIntegrationDto, refLabel, type IntegrationRef } from "./find-integration";
import { INTEGRATION_RESOURCE } from "./integration-dto";
import { replacePermissions, resolvePermissions } from "./integration-permissions";
import { checkPrecondition, type Precondition } from "./preconditions";
import { acceptConfigForUpdate } from "./validate-config";

const readOnly = (field: string) => new AppError("bad_request", `${field} cannot be changed`, { fieldErrors: { [field]: [`${field} cannot be changed`] } });

const sameInstant = (given: string, actual: string) => {
  const t = Date.parse(given);
  return !Number.isNaN(t) && Math.floor(t / 1000) === Math.floor(Date.parse(actual) / 1000);
};

export async function updateIntegration(
  actor: Actor,
  ref: IntegrationRef,
  input: unknown,
  precondition: Precondition,
  context: RequestContext,
): Promise<IntegrationDto> {
  await requirePermission(actor, "integration.update", context, { type: INTEGRATION_RESOURCE, id: refLabel(ref) });
  const data = parseInput(updateIntegrationSchema, input);
  // A stale precondition is refused before a transaction is opened, so under a burst of writers
  // the losers never queue for a connection behind the winner. Checked again inside.
  if (precondition.ifMatch || precondition.expectedVersion !== undefined) checkPrecondition(await findIntegrationRow(actor, ref), precondition);
  return db.$transaction(async (tx) => {
    // Writers of one integration queue on its row lock, so the version read below is the latest
    // committed one: a writer without a precondition never loses to a concurrent one (no 412 it
    // did not ask for), and one with a precondition is judged against the current version.
    const target = await findIntegrationRow(actor, ref, tx);
    await tx.$executeRaw`SELECT 1 FROM integrations WHERE id = ${target.id} FOR UPDATE`;
    const { row, dto: before } = await loadIntegrationDto(actor, ref, tx);
    checkPrecondition(row, precondition);
    if (data.template !== undefined && data.template !== row.template) throw readOnly("template");
    if (data.guid !== undefined && data.guid !== row.guid) throw readOnly("guid");
    if (data.id !== undefined && String(data.id) !== String(row.id)) throw readOnly("id");
    if (data.created_time !== undefined && !sameInstant(data.created_time, before.createdAt)) throw readOnly("created_time");
    if (data.updated_time !== undefined && !sameInstant(data.updated_time, before.updatedAt)) throw readOnly("updated_time");

    const permissions = data.permissions ? await resolvePermissions(tx, actor.organizationId, data.permissions) : null;
    const accepted = acceptConfigForUpdate(row.template, before.config, Object.keys(before.secrets), data.config ?? {});
    // A stored secret is only sent where it was stored for: moving the endpoint needs it again.
    const template = getTemplate(row.template);
    const moved = template ? changedEndpointFields(template, before.config as ConfigValues, accepted.config) : [];
    const left = moved.length ? Object.keys(before.secrets).filter((f) => !accepted.secrets[f] && !accepted.clearedSecrets?.includes(f)) : [];
    if (left.length) throw await refuseKeptSecret(actor, context, { action: "integration.update", resourceType: INTEGRATION_RESOURCE, resourceId: row.guid }, left[0], moved);
    const endpoint = template ? (planVerifyRequest(template, accepted.config)?.tokenUrl ?? null) : null;
    // The version in the WHERE clause makes a concurrent writer's commit turn this into a 412.
    const { count } = await tx.integration.updateMany({
      where: { id: row.id, version: row.version },
      data: {
        ...(data.name !== undefined && { name: data.name ?? "" }),
        ...(data.description !== undefined && { description: data.description ?? "" }),
        ...(data.tags !== undefined && { tags: data.tags }),
        config: accepted.config as object,
        authType: accepted.authType,
        updatedAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("precondition_failed", "This integration was changed by someone else at the same time. Reload and try again.");
    const resource = { organizationId: actor.organizationId, resourceType: INTEGRATION_RESOURCE, resourceId: row.guid };
    for (const [field, value] of Object.entries(accepted.secrets)) await putSecret(tx, resource, field, value, endpoint);
    for (const field of accepted.clearedSecrets ?? []) await clearSecret(tx, resource, field);
    // Users' connected accounts hold tokens of the old endpoint: they must connect again.
    const reconnect = moved.length ? await markIntegrationSessionsNeedReauthorization(tx, row.id, `the integration's endpoint changed (${moved.join(", ")})`) : 0;
    // A new secret without a date forgets the old one's (putSecret); a date given applies to the stored secrets.
    if (data.secret_expires_time !== undefined) await setSecretsExpiry(tx, resource, data.secret_expires_time);
    // `permissions: null` (Posit clients send it) leaves the list alone, like an omitted key.
    if (permissions) await replacePermissions(tx, row.id, permissions);

    const { dto: after } = await loadIntegrationDto(actor, row.guid, tx);
    await emitResourceEvent(tx, actor, "integration", "updated", { id: after.guid, name: after.name });
    await recordAuditEvent(tx, {
      actor,
      organizationId: actor.organizationId,
      action: "integration.update",
      resourceType: INTEGRATION_RESOURCE,
      resourceId: row.guid,
      before,
      after,
      detail:
        [
          moved.length ? `endpoint changed (${moved.join(", ")})` : null,
          reconnect ? `${reconnect} connected account${reconnect === 1 ? "" : "s"} now need${reconnect === 1 ? "s" : ""} reauthorization` : null,
          Object.keys(accepted.secrets).length ? `secrets replaced: ${Object.keys(accepted.secrets).join(", ")}` : null,
        ]
          .filter(Boolean)
          .join("; ") || null,
      context,
    });
    return after;
  });
}
