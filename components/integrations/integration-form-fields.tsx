"use client";

import { Controller, type UseFormReturn } from "react-hook-form";
import { SecretExpiryField } from "@/components/forms/secret-expiry-field";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Separator } from "@/components/ui/separator";
import { Textarea } from "@/components/ui/textarea";
import type { Template } from "@/lib/templates/types";
import type { IntegrationFormValues } from "./integration-form-schema";
import { PermissionsField } from "./permissions-field";
import { TagsField } from "./tags-field";
import { TemplateConfigFields, type SecretState } from "./template-config-fields";
import type { ComponentProps } from "react";

type Props = {
  template: Template;
  form: UseFormReturn<IntegrationFormValues>;
  mode: "create" | "edit";
} & Pick<ComponentProps<typeof TemplateConfigFields>, "secretModes" | "onSecretModeChange"> & { secrets?: Record<string, SecretState> };

/** Name, description, tags and who can use it, then the template's generated options and fields. */
export function IntegrationFormFields({ template, form, mode, secrets, secretModes, onSecretModeChange }: Props) {
  const { errors } = form.formState;
  return (
    <div className="space-y-5">
      <Field id="integration-name" label="Name" error={errors.name?.message} required>
        <Input autoComplete="off" {...form.register("name")} />
      </Field>
      <Field id="integration-description" label="Description" error={errors.description?.message}>
        <Textarea rows={2} {...form.register("description")} />
      </Field>
      <Controller
        control={form.control}
        name="tags"
        render={({ field, fieldState }) => (
          <TagsField id="integration-tags" value={field.value ?? []} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message ?? firstMessage(fieldState.error)} />
        )}
      />
      <Controller
        control={form.control}
        name="permissions"
        render={({ field, fieldState }) => <PermissionsField value={field.value ?? []} onChange={field.onChange} error={fieldState.error?.message ?? firstMessage(fieldState.error)} />}
      />
      <Separator />
      <div className="space-y-1">
        <h2 className="text-base font-semibold">{template.name} settings</h2>
        <p className="text-sm text-muted-foreground">{template.description}</p>
      </div>
      <TemplateConfigFields template={template} form={form} mode={mode} secrets={secrets} secretModes={secretModes} onSecretModeChange={onSecretModeChange} />
      {template.fields.some((f) => f.secret) && (
        <Controller
          control={form.control}
          name="secretExpiresOn"
          render={({ field, fieldState }) => (
            <SecretExpiryField
              id="integration-secret-expires"
              value={field.value ?? ""}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
              maxMonths={template.secret_max_lifetime_months}
            />
          )}
        />
      )}
    </div>
  );
}

/** An array field's error may sit on one element (tags.2) rather than on the array. */
function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  for (const value of Object.values(error)) {
    if (value && typeof value === "object" && "message" in value && typeof value.message === "string") return value.message;
  }
  return undefined;
}
