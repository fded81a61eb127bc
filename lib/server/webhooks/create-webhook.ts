import "server-only";
import { AppError } from "@/lib/errors";
import { createWebhookSchema, MAX_WEBHOOKS_PER_ORGANISATION, type WebhookDto } from "@/lib/schemas/webhooks";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { putSecret } from "@/lib/server/secrets/secret-store";
import { parseInput } from "@/lib/server/validation";
import { newSigningSecret, SIGNING_SECRET_FIELD } from "./signing";
import { toWebhookDto, WEBHOOK_RESOURCE } from "./webhook-dto";
import { checkWebhookUrl } from "./webhook-url";

/** Adds an endpoint. The signing secret is returned this once (stored encrypted, bound to the URL). */
export async function createWebhook(actor: Actor, input: unknown, context: RequestContext): Promise<{ webhook: WebhookDto; secret: string }> {
  await requirePermission(actor, "webhook.manage", context, { type: WEBHOOK_RESOURCE });
  const data = parseInput(createWebhookSchema, input);
  const url = checkWebhookUrl(data.url);
  const secret = newSigningSecret();
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM organizations WHERE id = ${actor.organizationId}::uuid FOR UPDATE`;
    if ((await tx.webhook.count({ where: { organizationId: actor.organizationId } })) >= MAX_WEBHOOKS_PER_ORGANISATION) {
      throw new AppError("validation_failed", `At most ${MAX_WEBHOOKS_PER_ORGANISATION} webhooks per organisation`);
    }
    const row = await tx.webhook.create({
      data: { organizationId: actor.organizationId, url, events: data.events, description: data.description ?? "", enabled: data.enabled ?? true },
    });
    await putSecret(tx, { organizationId: actor.organizationId, resourceType: WEBHOOK_RESOURCE, resourceId: row.id }, SIGNING_SECRET_FIELD, secret, url);
    const webhook = toWebhookDto(row);
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "webhook.create", resourceType: WEBHOOK_RESOURCE, resourceId: row.id, after: webhook, context });
    return { webhook, secret };
  });
}
