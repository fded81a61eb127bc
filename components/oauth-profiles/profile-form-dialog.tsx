"use client";
// The profile page's two small forms — Edit (name, description) and Replace tokens — share this:
// one dialog, react-hook-form with the shared zod schema, server field errors inline, a stale
// version as a banner, and a refresh of the page on success.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { useForm, type DefaultValues, type Path, type Resolver } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import type { z } from "zod";
import { useServerFieldErrors } from "@/components/forms/use-server-field-errors";
import { FormBanner } from "@/components/integrations/form-banner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/action-result";

export type DialogField<V> = { name: Path<V> & string; label: string; kind?: "text" | "textarea" | "secret"; required?: boolean };

type Props<V extends Record<string, unknown>> = {
  trigger: { icon: ReactNode; label: string };
  title: string;
  description: string;
  schema: z.ZodType;
  defaults: V;
  fields: DialogField<V>[];
  submitLabel: string;
  submit: (values: V) => Promise<ActionResult>;
  success: (values: V) => string;
};

export function ProfileFormDialog<V extends Record<string, unknown>>({ trigger, title, description, schema, defaults, fields, submitLabel, submit, success }: Props<V>) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [banner, setBanner] = useState<string[]>([]);
  const form = useForm<V>({ resolver: zodResolver(schema as never) as unknown as Resolver<V>, defaultValues: defaults as DefaultValues<V> });
  const showServerErrors = useServerFieldErrors(form, fields.map((f) => f.name));
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setBanner([]);
    const result = await submit(values);
    if (!result.ok) {
      if (result.conflict) return setBanner([`${result.error} Close this dialog and reload.`]);
      if (!showServerErrors(result.fieldErrors)) setBanner([result.error]);
      return;
    }
    toast.success(success(values));
    setOpen(false);
    router.refresh();
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (isSubmitting) return;
        setOpen(next);
        setBanner([]);
        form.reset(defaults);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline">
          {trigger.icon}
          {trigger.label}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate>
          <fieldset disabled={isSubmitting} className="space-y-4">
            <FormBanner messages={banner} />
            {fields.map((field) => (
              <Field key={field.name} label={field.label} required={field.required} error={errors[field.name]?.message as string | undefined}>
                {field.kind === "textarea" ? (
                  <Textarea rows={2} {...form.register(field.name)} />
                ) : (
                  <Input type={field.kind === "secret" ? "password" : "text"} autoComplete="off" spellCheck={false} {...form.register(field.name)} />
                )}
              </Field>
            ))}
            <DialogFooter>
              <Button type="submit">
                {isSubmitting && <Spinner aria-hidden />}
                {isSubmitting ? "Saving…" : submitLabel}
              </Button>
            </DialogFooter>
          </fieldset>
        </form>
      </DialogContent>
    </Dialog>
  );
}
