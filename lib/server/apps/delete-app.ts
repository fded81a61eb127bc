import "server-only";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { deleteSecretsOf } from "@/lib/server/secrets/secret-store";
import { checkPrecondition, recordEtag, type Precondition } from "@/lib/server/preconditions";
import { APP_RESOURCE } from "./app-dto";
import { loadOwnApp } from "./find-app";

/** Deletes an app and its secrets; refused (409) while connections use it. */
export async function deleteApp(actor: Actor, appId: string, precondition: Precondition, context: RequestContext): Promise<{ id: string }> {
  await requirePermission(actor, "app.write", context, { type: APP_RESOURCE, id: appId });
  return db.$transaction(async (tx) => {
    const { row, dto } = await loadOwnApp(actor, appId, tx);
    checkPrecondition({ etag: recordEtag(row), version: row.version }, precondition, "app");
    const used = await tx.connection.count({ where: { organizationId: actor.organizationId, appId: row.id } });
    if (used > 0) throw new AppError("conflict", `This app has ${used} connection${used === 1 ? "" : "s"}; delete them first.`);
    // deleteMany: a concurrent DELETE may have removed the row since it was read (404, not P2025's 500).
    if ((await tx.app.deleteMany({ where: { id: row.id } })).count === 0) throw new AppError("not_found", "App not found");
    await deleteSecretsOf(tx, APP_RESOURCE, row.id);
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "app.delete", resourceType: APP_RESOURCE, resourceId: row.id, before: dto, context });
    return { id: row.id };
  });
}
