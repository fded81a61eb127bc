"use client";
// A webhook's buttons: send a test event, turn it on or off, rotate its signing secret (the new one
// shown once, the old one signing for 24 h more), delete it — each destructive one confirmed.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { toast } from "@/components/ui/toast";
import { deleteWebhookAction, resendWebhookDeliveryAction, rotateWebhookSecretAction, sendTestWebhookAction, updateWebhookAction } from "@/lib/actions/webhooks";
import { ConfirmDialog } from "./popups";
import { SigningSecret } from "./signing-secret";

export function WebhookActions({ id, url, enabled, version }: { id: string; url: string; enabled: boolean; version: number }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [secret, setSecret] = useState<string | null>(null);
  const run = (work: () => Promise<ActionResult>, done: string) =>
    start(async () => {
      const result = await work();
      if (!result.ok) return void toast.error(result.error);
      toast.success(done);
      router.refresh();
    });

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap gap-2">
        <Button variant="outline" disabled={pending} onClick={() => run(() => sendTestWebhookAction({ id }), "Test event queued; see the delivery log")}>
          Send test event
        </Button>
        <Button variant="outline" disabled={pending} onClick={() => run(() => updateWebhookAction({ id, version, enabled: !enabled }), enabled ? "Webhook disabled" : "Webhook enabled")}>
          {enabled ? "Disable" : "Enable"}
        </Button>
        <ConfirmDialog
          trigger={<Button variant="outline">Rotate secret</Button>}
          title="Rotate the signing secret?"
          description="A new secret signs from now on. The current one keeps signing too for 24 hours (two signatures per message), so your receiver can switch."
          confirmText="Rotate secret"
          onConfirm={async () => {
            const result = await rotateWebhookSecretAction({ id });
            if (!result.ok) return void toast.error(result.error);
            setSecret(result.secret);
            router.refresh();
          }}
        />
        <ConfirmDialog
          trigger={<Button variant="destructive">Delete</Button>}
          title="Delete this webhook?"
          description={`Nothing more is sent to ${url}; its pending deliveries and its delivery log are deleted.`}
          confirmText="Delete webhook"
          destructive
          onConfirm={async () => {
            const result = await deleteWebhookAction({ id });
            if (!result.ok) return void toast.error(result.error);
            toast.success("Webhook deleted");
            router.push("/settings/webhooks");
          }}
        />
      </div>
      {secret && <SigningSecret secret={secret} note="The previous secret stays valid for 24 hours." />}
    </div>
  );
}

export function ResendButton({ id, deliveryId }: { id: string; deliveryId: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      size="sm"
      variant="ghost"
      disabled={pending}
      onClick={() =>
        start(async () => {
          const result = await resendWebhookDeliveryAction({ id, deliveryId });
          if (!result.ok) return void toast.error(result.error);
          toast.success("Queued again");
          router.refresh();
        })
      }
    >
      Resend
    </Button>
  );
}
