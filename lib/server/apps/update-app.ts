import "server-only";
// PUT: a full replace of the app (name, server, image, auth configs). Secret parts of auth configs
// are write-only: omitted or empty keeps the stored value; an auth type removed drops its secrets.
// Moving an auth config's endpoint (discovery URL, authorization or token endpoint) needs its
// stored secrets again and drops the secrets and tokens of the app's connections of that type:
// a stored secret is only ever sent to the endpoint it was stored for.
import { AppError } from "@/lib/errors";
import { updateAppSchema, type AppDto } from "@/lib/schemas/apps";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { CONNECTION_RESOURCE } from "@/lib/server/connections/connection-dto";
import { deleteCredential } from "@/lib/server/oauth";
import { refuseKeptSecret } from "@/lib/server/secrets/endpoint-guard";
import { deleteSecretsOf, secretStatuses } from "@/lib/server/secrets/secret-store";
import { checkPrecondition, recordEtag, type Precondition } from "@/lib/server/preconditions";
import { parseInput } from "@/lib/server/validation";
import { splitAuthConfigs, storeAppSecrets } from "./accept-auth-configs";
import { APP_RESOURCE, toAppDto } from "./app-dto";
import { changedAuthConfigEndpoints } from "./app-endpoint";
import { loadOwnApp } from "./find-app";

const readOnly = (field: string) => new AppError("bad_request", `${field} cannot be changed`, { fieldErrors: { [field]: [`${field} cannot be changed`] } });

export async function updateApp(actor: Actor, appId: string, input: unknown, precondition: Precondition, context: RequestContext): Promise<AppDto> {
  await requirePermission(actor, "app.write", context, { type: APP_RESOURCE, id: appId });
  const data = parseInput(updateAppSchema, input);
  return db.$transaction(async (tx) => {
    const { row, dto: before } = await loadOwnApp(actor, appId, tx);
    checkPrecondition({ etag: recordEtag(row), version: row.version }, precondition, "app");
    if (data.id !== undefined && data.id !== row.id) throw readOnly("id");
    if (data.orgId !== undefined && data.orgId !== row.organizationId) throw readOnly("orgId");
    if (data.public === true) throw readOnly("public");
    const { stored, secrets } = splitAuthConfigs(data.authConfigs ?? data.supportedAuthConfigs ?? []);
    const moved = new Map<string, string[]>();
    for (const config of stored) {
      const changed = changedAuthConfigEndpoints(before.supportedAuthConfigs, stored, config.type);
      if (!changed.length) continue;
      moved.set(config.type, changed);
      const kept = Object.keys(before.supportedAuthConfigs.find((c) => c.type === config.type)?.secrets ?? {}).find((f) => !secrets[`${config.type}.${f}`]);
      if (kept) {
        throw await refuseKeptSecret(actor, context, { action: "app.update", resourceType: APP_RESOURCE, resourceId: row.id }, `${config.type}.${kept}`, changed.map((f) => `${config.type}.${f}`));
      }
    }
    const affected = moved.size ? await tx.connection.findMany({ where: { organizationId: actor.organizationId, appId: row.id, authType: { in: [...moved.keys()] } }, select: { id: true } }) : [];
    for (const connection of affected) {
      await deleteCredential(tx, { organizationId: actor.organizationId, resourceType: CONNECTION_RESOURCE, resourceId: connection.id });
      await deleteSecretsOf(tx, CONNECTION_RESOURCE, connection.id);
    }
    const { count } = await tx.app.updateMany({
      where: { id: row.id, version: row.version },
      data: {
        name: data.name,
        serverName: data.server.name || data.server.url,
        serverUrl: data.server.url,
        imageUrl: data.imageUrl || null,
        schemaId: data.schemaId || null,
        authConfigs: stored as object[],
        updatedAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("precondition_failed", "This app was changed by someone else at the same time. Reload and try again.");
    const previouslySet = Object.entries(before.supportedAuthConfigs).flatMap(([, c]) => Object.keys(c.secrets).map((f) => `${c.type}.${f}`));
    await storeAppSecrets(tx, actor.organizationId, row.id, stored, secrets, previouslySet);
    const updated = await tx.app.findUniqueOrThrow({ where: { id: row.id } });
    const after = toAppDto(updated, (await secretStatuses(APP_RESOURCE, [row.id], tx)).get(row.id));
    const replaced = Object.keys(secrets);
    await recordAuditEvent(tx, {
      actor,
      organizationId: actor.organizationId,
      action: "app.update",
      resourceType: APP_RESOURCE,
      resourceId: row.id,
      before,
      after,
      detail:
        [
          moved.size ? `endpoint changed (${[...moved].map(([type, fields]) => fields.map((f) => `${type}.${f}`).join(", ")).join(", ")})` : null,
          replaced.length ? `secrets replaced: ${replaced.join(", ")}` : null,
          affected.length ? `secrets and tokens dropped from ${affected.length} connection(s)` : null,
        ]
          .filter(Boolean)
          .join("; ") || null,
      context,
    });
    return after;
  });
}
