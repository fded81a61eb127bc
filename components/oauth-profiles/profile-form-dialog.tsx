"use client";
// The profile page's two small forms — Edit (name, description) and Replace tokens — share this:
// a list of text fields on the console's form dialog, errors that belong to no field (a stale
// version among them) in its banner, and a refresh of the page on success. Loaded on first use
// (./popups.ts).
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { useForm, type DefaultValues, type Path, type Resolver } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { FormDialog } from "@/components/forms/form-dialog";
import { useServerFieldErrors } from "@/components/forms/use-server-field-errors";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/action-result";
import { replaceOAuthProfileTokensSchema, updateOAuthProfileSchema } from "@/lib/schemas/oauth-profiles";

export type DialogField<V> = { name: Path<V> & string; label: string; kind?: "text" | "textarea" | "secret"; required?: boolean };

export type ProfileFormDialogProps<V extends Record<string, unknown>> = {
  trigger?: ReactNode;
  title: string;
  description: string;
  /** Which of the profile schemas checks the form: named, so the schemas load with this dialog, not with the page. */
  schema: keyof typeof SCHEMAS;
  defaults: V;
  fields: DialogField<V>[];
  submitLabel: string;
  submit: (values: V) => Promise<ActionResult>;
  success: (values: V) => string;
};

const SCHEMAS = { update: updateOAuthProfileSchema, replaceTokens: replaceOAuthProfileTokensSchema };

export default function ProfileFormDialog<V extends Record<string, unknown>>({ trigger, title, description, schema, defaults, fields, submitLabel, submit, success }: ProfileFormDialogProps<V>) {
  const router = useRouter();
  const form = useForm<V>({ resolver: zodResolver(SCHEMAS[schema] as never) as unknown as Resolver<V>, defaultValues: defaults as DefaultValues<V> });
  const showServerErrors = useServerFieldErrors(form, fields.map((f) => f.name));
  const { errors } = form.formState;

  return (
    <FormDialog
      trigger={trigger}
      title={title}
      description={description}
      form={form}
      defaults={defaults}
      submitText={submitLabel}
      pendingText="Saving…"
      onSubmit={async (values) => {
        const result = await submit(values);
        if (!result.ok) {
          if (result.conflict) return [`${result.error} Close this dialog and reload.`];
          if (!showServerErrors(result.fieldErrors)) return [result.error];
          return;
        }
        toast.success(success(values));
        router.refresh();
        return true;
      }}
    >
      {fields.map((field) => (
        <Field key={field.name} label={field.label} required={field.required} error={errors[field.name]?.message as string | undefined}>
          {field.kind === "textarea" ? (
            <Textarea rows={2} {...form.register(field.name)} />
          ) : (
            <Input type={field.kind === "secret" ? "password" : "text"} autoComplete="off" spellCheck={false} {...form.register(field.name)} />
          )}
        </Field>
      ))}
    </FormDialog>
  );
}
