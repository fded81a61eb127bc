"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { KeyRoundIcon } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { replaceSecretAction } from "@/app/(console)/integrations/actions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { Spinner } from "@/components/ui/spinner";
import type { TemplateField } from "@/lib/templates/types";

const schema = z.object({ value: z.string().refine((v) => v.trim() !== "", "Enter the new secret") });
type Values = z.infer<typeof schema>;

type Props = {
  guid: string;
  field: Pick<TemplateField, "name" | "label" | "multiline">;
  /** The version the edit form loaded; the replacement is refused (412) if it is stale. */
  version: number;
  onSaved: (version: number) => void;
  onConflict: () => void;
};

/** Saves one secret on its own, without touching the rest of the edit form. Write-only. */
export function ReplaceSecretDialog({ guid, field, version, onSaved, onConflict }: Props) {
  const [open, setOpen] = useState(false);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { value: "" } });
  const { errors, isSubmitting } = form.formState;

  const onOpenChange = (next: boolean) => {
    if (isSubmitting) return;
    setOpen(next);
    form.reset({ value: "" }); // the typed secret does not outlive the dialog
  };

  const onSubmit = form.handleSubmit(async ({ value }) => {
    const result = await replaceSecretAction({ guid, version, field: field.name, value });
    if (!result.ok) {
      if (result.conflict) {
        onOpenChange(false);
        onConflict();
        return;
      }
      const message = result.fieldErrors?.[field.name]?.[0] ?? result.fieldErrors?.[`config.${field.name}`]?.[0] ?? result.error;
      form.setError("value", { type: "server", message }, { shouldFocus: true });
      return;
    }
    setOpen(false);
    form.reset({ value: "" });
    onSaved(result.version);
    toast.success(`${field.label} replaced`);
  });

  const inputId = `replace-${field.name}`;
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button type="button" variant="outline" size="sm">
          <KeyRoundIcon aria-hidden />
          Replace {field.label}
        </Button>
      </DialogTrigger>
      <DialogContent>
        {/* React events bubble through portals: without stopPropagation this submit would also
            reach the edit form this dialog is rendered from, and save it. */}
        <form
          onSubmit={(event) => {
            event.stopPropagation();
            return onSubmit(event);
          }}
          noValidate
        >
          <fieldset disabled={isSubmitting} className="space-y-4">
            <DialogHeader>
              <DialogTitle>Replace {field.label}</DialogTitle>
              <DialogDescription>
                The new value is saved right away, on its own, and replaces the stored one. It is stored encrypted and never shown again.
              </DialogDescription>
            </DialogHeader>
            <Field id={inputId} label={`New ${field.label}`} error={errors.value?.message} required>
              {field.multiline ? (
                <Textarea rows={6} spellCheck={false} autoComplete="off" className="font-mono" {...form.register("value")} />
              ) : (
                <Input type="password" autoComplete="new-password" spellCheck={false} {...form.register("value")} />
              )}
            </Field>
            <DialogFooter>
              <DialogClose asChild>
                <Button type="button" variant="ghost">
                  Cancel
                </Button>
              </DialogClose>
              <Button type="submit">
                {isSubmitting && <Spinner aria-hidden />}
                {isSubmitting ? "Saving…" : "Save secret"}
              </Button>
            </DialogFooter>
          </fieldset>
        </form>
      </DialogContent>
    </Dialog>
  );
}
