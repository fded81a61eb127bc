import "server-only";
// integration / oauth_app / oauth_profile / connection .created|.updated|.deleted, queued in the
// transaction of the change (with its audit event). Names and ids only.
import type { Tx } from "@/lib/server/db/client";
import type { RESOURCE_EVENT_TYPES } from "@/lib/schemas/webhooks";
import { enqueueWebhookEvent } from "./enqueue-webhook-event";

type Kind = (typeof RESOURCE_EVENT_TYPES)[number];

const PATHS: Record<Kind, (id: string) => string> = {
  integration: (id) => `/integrations/${id}`,
  oauth_app: (id) => `/oauth-apps/${id}`,
  oauth_profile: (id) => `/oauth-profiles/${id}`,
  connection: (id) => `/connections/${id}`,
};

export async function emitResourceEvent(
  tx: Tx,
  actor: { userId: string; email: string; organizationId: string },
  kind: Kind,
  verb: "created" | "updated" | "deleted",
  resource: { id: string | number; name: string },
): Promise<void> {
  const id = String(resource.id);
  await enqueueWebhookEvent(tx, actor.organizationId, {
    type: `${kind}.${verb}`,
    resource: { type: kind, id, name: resource.name, path: PATHS[kind](id) },
    actor,
  });
}
