import "server-only";
// A new signing secret, returned this once. The old one keeps signing for 24 hours (both
// signatures on every message), so receivers can switch without losing a message.
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { putSecret, readSecretValueForUse } from "@/lib/server/secrets/secret-store";
import { newSigningSecret, PREVIOUS_SIGNING_SECRET_FIELD, ROTATION_OVERLAP_MS, SIGNING_SECRET_FIELD } from "./signing";
import { findWebhook, toWebhookDto, WEBHOOK_RESOURCE } from "./webhook-dto";

export async function rotateWebhookSecret(actor: Actor, id: string, context: RequestContext, now: Date = new Date()) {
  await requirePermission(actor, "webhook.manage", context, { type: WEBHOOK_RESOURCE, id });
  const secret = newSigningSecret();
  return db.$transaction(async (tx) => {
    const before = await findWebhook(actor.organizationId, id, tx);
    await tx.$executeRaw`SELECT 1 FROM webhooks WHERE id = ${id}::uuid FOR UPDATE`;
    const resource = { organizationId: actor.organizationId, resourceType: WEBHOOK_RESOURCE, resourceId: id };
    const old = await readSecretValueForUse(WEBHOOK_RESOURCE, id, SIGNING_SECRET_FIELD, before.url, tx);
    if (old) await putSecret(tx, resource, PREVIOUS_SIGNING_SECRET_FIELD, old, before.url);
    await putSecret(tx, resource, SIGNING_SECRET_FIELD, secret, before.url);
    const row = await tx.webhook.update({
      where: { id },
      data: { previousSecretUntil: old ? new Date(now.getTime() + ROTATION_OVERLAP_MS) : null, updatedAt: now, version: { increment: 1 } },
    });
    const webhook = toWebhookDto(row);
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "webhook.rotate_secret", resourceType: WEBHOOK_RESOURCE, resourceId: id, detail: "signing secret rotated; the previous one signs for 24 h", context });
    return { webhook, secret };
  });
}
