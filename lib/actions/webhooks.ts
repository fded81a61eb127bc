"use server";
// Organisation settings → Webhooks: the same services as the CLI (lib/server/webhooks/), which
// check webhook.manage, scope to the caller's organisation and audit. A signing secret is in an
// answer only right after it is made (create, rotate), to be shown once.
import { z } from "zod";
import { updateOrganizationSettings } from "@/lib/server/organizations/update-organization-settings";
import { createWebhook } from "@/lib/server/webhooks/create-webhook";
import { deleteWebhook } from "@/lib/server/webhooks/delete-webhook";
import { resendWebhookDelivery } from "@/lib/server/webhooks/resend-webhook-delivery";
import { rotateWebhookSecret } from "@/lib/server/webhooks/rotate-webhook-secret";
import { sendTestWebhook } from "@/lib/server/webhooks/send-test-webhook";
import { updateWebhook } from "@/lib/server/webhooks/update-webhook";
import { body, textId as id, version } from "./args";
import { consoleAction } from "./console-action";

const revalidate = ["/settings"];

export const createWebhookAction = consoleAction(body, async (input, { actor, context }) => {
  const { webhook, secret } = await createWebhook(actor, input, context);
  return { id: webhook.id, secret };
}, { revalidate });

export const updateWebhookAction = consoleAction(
  z.looseObject({ id, version }),
  async ({ id, version, ...input }, { actor, context }) => ({ version: (await updateWebhook(actor, id, input, version, context)).version }),
  { revalidate },
);

export const deleteWebhookAction = consoleAction(z.object({ id }), ({ id }, { actor, context }) => deleteWebhook(actor, id, context), { revalidate });

export const rotateWebhookSecretAction = consoleAction(z.object({ id }), async ({ id }, { actor, context }) => ({ secret: (await rotateWebhookSecret(actor, id, context)).secret }), { revalidate });

export const sendTestWebhookAction = consoleAction(z.object({ id }), ({ id }, { actor, context }) => sendTestWebhook(actor, id, context), { revalidate });

export const resendWebhookDeliveryAction = consoleAction(
  z.object({ id, deliveryId: z.string().max(20) }),
  ({ id, deliveryId }, { actor, context }) => resendWebhookDelivery(actor, id, deliveryId, context),
  { revalidate },
);

export const updateOrganizationSettingsAction = consoleAction(body, (input, { actor, context }) => updateOrganizationSettings(actor, input, context), { revalidate: ["/settings", "/"] });
