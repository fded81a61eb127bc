"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { FormDialog } from "@/components/forms/form-dialog";
import { useServerFieldErrors } from "@/components/forms/use-server-field-errors";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { createWebhookAction } from "@/lib/actions/webhooks";
import { CREDENTIAL_EVENTS, WEBHOOK_EVENTS } from "@/lib/schemas/webhooks";
import { EventCheckboxes } from "./event-checkboxes";
import { SigningSecret } from "./signing-secret";

const schema = z.object({
  url: z.string().trim().min(1, "Enter the endpoint's URL").max(2000).url("Enter a URL such as https://example.com/hooks"),
  description: z.string().trim().max(200, "At most 200 characters"),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, "Choose at least one event"),
});
type Values = z.infer<typeof schema>;
const EMPTY: Values = { url: "", description: "", events: [...CREDENTIAL_EVENTS] };

/** "Add webhook": URL, description, events; then the signing secret, shown this once. Loaded on first use (./popups.ts). */
export default function CreateWebhookDialog({ trigger }: { trigger?: ReactNode }) {
  const router = useRouter();
  const [created, setCreated] = useState<{ id: string; secret: string } | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: EMPTY });
  const showFieldErrors = useServerFieldErrors(form, ["url", "description", "events"]);
  const { errors } = form.formState;
  return (
    <FormDialog
      trigger={trigger}
      title="Add webhook"
      description="Signed messages (Standard Webhooks) about this organisation's credentials, sent to your endpoint."
      form={form}
      submitText="Add webhook"
      pendingText="Adding…"
      onSubmit={async (values) => {
        const result = await createWebhookAction(values);
        if (!result.ok) {
          if (!showFieldErrors(result.fieldErrors)) toast.error(result.error);
          return;
        }
        setCreated({ id: result.id, secret: result.secret });
      }}
      result={
        created && (
          <>
            <DialogHeader>
              <DialogTitle>Copy the signing secret</DialogTitle>
            </DialogHeader>
            <SigningSecret secret={created.secret} />
            <DialogFooter>
              <DialogClose asChild>
                <Button onClick={() => router.push(`/settings/webhooks/${created.id}`)}>Done</Button>
              </DialogClose>
            </DialogFooter>
          </>
        )
      }
      onClose={() => setCreated(null)}
      contentClassName="sm:max-w-xl"
    >
      <Field label="Endpoint URL" required error={errors.url?.message} description="https; it receives a POST per event.">
        <Input autoComplete="off" inputMode="url" placeholder="https://example.com/hooks" {...form.register("url")} />
      </Field>
      <Field label="Description" error={errors.description?.message}>
        <Input autoComplete="off" {...form.register("description")} />
      </Field>
      <Field label="Events" required error={errors.events?.message}>
        {() => <Controller control={form.control} name="events" render={({ field }) => <EventCheckboxes id="webhook-events" value={field.value} onChange={field.onChange} />} />}
      </Field>
    </FormDialog>
  );
}
