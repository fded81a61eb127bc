import "server-only";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { WebhookDto, WebhookStatus } from "@/lib/schemas/webhooks";
import { db, type Tx } from "@/lib/server/db/client";

export const WEBHOOK_RESOURCE = "webhook";

type Row = {
  id: string;
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
  status: string;
  failingSince: Date | null;
  disabledAt: Date | null;
  previousSecretUntil: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

/** Never the signing secret: it is shown once, when made or rotated. */
export const toWebhookDto = (row: Row): WebhookDto => ({
  id: row.id,
  url: row.url,
  description: row.description,
  events: row.events,
  enabled: row.enabled,
  status: (["active", "failing", "disabled"].includes(row.status) ? row.status : "active") as WebhookStatus,
  failingSince: row.failingSince?.toISOString() ?? null,
  disabledAt: row.disabledAt?.toISOString() ?? null,
  // Only while the previous secret still signs.
  previousSecretUntil: row.previousSecretUntil && row.previousSecretUntil > new Date() ? row.previousSecretUntil.toISOString() : null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
});

/** A webhook of the organisation (another organisation's is "not found"). */
export async function findWebhook(organizationId: string, id: string, client: Tx | typeof db = db) {
  if (!isUuid(id)) throw notFound("Webhook");
  const row = await client.webhook.findFirst({ where: { id, organizationId } });
  if (!row) throw notFound("Webhook");
  return row;
}
