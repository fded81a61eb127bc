import "server-only";
// URL, events, description, enabled. Enabling an endpoint the worker disabled makes it active
// again. A new URL re-binds the signing secrets to it (they are only used for that URL).
import { AppError } from "@/lib/errors";
import { updateWebhookSchema, type WebhookDto } from "@/lib/schemas/webhooks";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { putSecret, readSecretValueForUse } from "@/lib/server/secrets/secret-store";
import { parseInput } from "@/lib/server/validation";
import { PREVIOUS_SIGNING_SECRET_FIELD, SIGNING_SECRET_FIELD } from "./signing";
import { findWebhook, toWebhookDto, WEBHOOK_RESOURCE } from "./webhook-dto";
import { checkWebhookUrl } from "./webhook-url";

export async function updateWebhook(actor: Actor, id: string, input: unknown, expectedVersion: number | undefined, context: RequestContext): Promise<WebhookDto> {
  await requirePermission(actor, "webhook.manage", context, { type: WEBHOOK_RESOURCE, id });
  const data = parseInput(updateWebhookSchema, input);
  const url = data.url !== undefined ? checkWebhookUrl(data.url) : undefined;
  return db.$transaction(async (tx) => {
    const before = await findWebhook(actor.organizationId, id, tx);
    await tx.$executeRaw`SELECT 1 FROM webhooks WHERE id = ${id}::uuid FOR UPDATE`;
    if (expectedVersion !== undefined && expectedVersion !== before.version) {
      throw new AppError("precondition_failed", "This webhook was changed by someone else at the same time. Reload and try again.");
    }
    const reenabled = data.enabled === true && !before.enabled;
    const row = await tx.webhook.update({
      where: { id },
      data: {
        ...(url !== undefined && { url }),
        ...(data.events && { events: data.events }),
        ...(data.description !== undefined && { description: data.description }),
        ...(data.enabled !== undefined && { enabled: data.enabled }),
        ...(reenabled && { status: "active", failingSince: null, disabledAt: null }),
        updatedAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (url !== undefined && url !== before.url) {
      const resource = { organizationId: actor.organizationId, resourceType: WEBHOOK_RESOURCE, resourceId: id };
      for (const field of [SIGNING_SECRET_FIELD, PREVIOUS_SIGNING_SECRET_FIELD]) {
        const value = await readSecretValueForUse(WEBHOOK_RESOURCE, id, field, before.url, tx);
        if (value) await putSecret(tx, resource, field, value, url);
      }
    }
    const after = toWebhookDto(row);
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "webhook.update", resourceType: WEBHOOK_RESOURCE, resourceId: id, before: toWebhookDto(before), after, context });
    return after;
  });
}
