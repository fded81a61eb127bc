import "server-only";
import { AppError } from "@/lib/errors";
// DeleteConnection: "deletes a connection, and unpublishes all boards referencing it" (the spec).
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { emitResourceEvent } from "@/lib/server/webhooks/resource-events";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { deleteCredential } from "@/lib/server/oauth";
import { deleteSecretsOf } from "@/lib/server/secrets/secret-store";
import { checkPrecondition, recordEtag, type Precondition } from "@/lib/server/preconditions";
import { CONNECTION_RESOURCE } from "./connection-dto";
import { loadConnection } from "./find-connection";

export async function deleteConnection(actor: Actor, connectionId: string, precondition: Precondition, context: RequestContext): Promise<{ id: string; unpublishedBoards: string[] }> {
  await requirePermission(actor, "connection.write", context, { type: CONNECTION_RESOURCE, id: connectionId });
  return db.$transaction(async (tx) => {
    const { row, dto } = await loadConnection(actor, connectionId, tx);
    checkPrecondition({ etag: recordEtag(row), version: row.version }, precondition, "connection");
    const published = dto.usedByBoards.filter((b) => b.status === "published" || b.status === "publishing").map((b) => b.id);
    if (published.length > 0) {
      // Scoped by the join, not by a list of ids: one statement whatever the number of boards.
      await tx.board.updateMany({
        where: { organizationId: actor.organizationId, status: { in: ["published", "publishing"] }, connections: { some: { connectionId: row.id } } },
        data: { status: "draft", updatedAt: new Date(), version: { increment: 1 } },
      });
    }
    // deleteMany: a concurrent DELETE may have removed the row since it was read (404, not P2025's 500).
    if ((await tx.connection.deleteMany({ where: { id: row.id } })).count === 0) throw new AppError("not_found", "Connection not found");
    await deleteCredential(tx, { organizationId: actor.organizationId, resourceType: CONNECTION_RESOURCE, resourceId: row.id });
    await deleteSecretsOf(tx, CONNECTION_RESOURCE, row.id);
    await emitResourceEvent(tx, actor, "connection", "deleted", { id: dto.id, name: dto.name });
    await recordAuditEvent(tx, {
      actor,
      organizationId: actor.organizationId,
      action: "connection.delete",
      resourceType: CONNECTION_RESOURCE,
      resourceId: row.id,
      before: dto,
      detail: published.length ? `unpublished boards: ${published.join(", ")}` : null,
      context,
    });
    return { id: row.id, unpublishedBoards: published };
  });
}
