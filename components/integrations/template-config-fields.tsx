"use client";
// The template's options and fields, generated from the registry. Visibility and requirement
// follow the current option values exactly as the server evaluates them (lib/templates/conditions).

import type { ReactNode } from "react";
import { humanizeConfigMessage } from "./config-messages";
import { StoredSecret, type SecretMode } from "./secret-field";
import { Controller, useWatch, type FieldError, type UseFormReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { LazySelect } from "@/components/ui/lazy-select";
import { Switch } from "@/components/ui/switch";
import { Textarea } from "@/components/ui/textarea";
import { isFieldRequired, isFieldVisible } from "@/lib/templates/conditions";
import type { Template, TemplateField, TemplateOption } from "@/lib/templates/types";
import { currentOptionValues, type IntegrationFormValues } from "./integration-form-schema";

export type SecretState = { set: boolean; note: string };

type Props = {
  template: Template;
  form: UseFormReturn<IntegrationFormValues>;
  mode: "create" | "edit";
  /** Edit: each secret's status line (rendered on the server), keyed by field name. */
  secrets?: Record<string, SecretState>;
  /** Edit: how each stored secret is to change on save (default: kept). */
  secretModes?: Record<string, SecretMode>;
  onSecretModeChange?: (name: string, mode: SecretMode) => void;
};

/** A field's message, with labels in place of config keys. */
const errorOf = (form: UseFormReturn<IntegrationFormValues>, name: string, template: Template) => {
  const message = (form.formState.errors.config as Record<string, FieldError | undefined> | undefined)?.[name]?.message;
  return message && humanizeConfigMessage(template, message);
};

function OptionInput({ option, form, template }: { option: TemplateOption; form: UseFormReturn<IntegrationFormValues>; template: Template }) {
  const id = `config-${option.name}`;
  return (
    <Controller
      control={form.control}
      name={`config.${option.name}`}
      render={({ field }) =>
        option.type === "bool" ? (
          <Field id={id} label={option.label} description={option.description} error={errorOf(form, option.name, template)} orientation="horizontal">
            <Switch checked={field.value === true || field.value === "true"} onCheckedChange={field.onChange} onBlur={field.onBlur} ref={field.ref} />
          </Field>
        ) : (
          <Field id={id} label={option.label} description={option.description} error={errorOf(form, option.name, template)}>
            {(control) => (
              // Radix Select loads when the list is first opened (components/ui/lazy-select.tsx).
              <LazySelect
                {...control}
                ref={field.ref}
                onBlur={field.onBlur}
                value={typeof field.value === "string" ? field.value : option.default}
                onValueChange={field.onChange}
                options={option.values.map((value) => ({ value, label: value }))}
                className="w-full sm:w-80"
              />
            )}
          </Field>
        )
      }
    />
  );
}

function TextInput({
  field,
  form,
  required,
  hint,
  template,
}: {
  field: TemplateField;
  form: UseFormReturn<IntegrationFormValues>;
  required: boolean;
  hint?: ReactNode;
  template: Template;
}) {
  const register = form.register(`config.${field.name}`);
  const description = (field.description || hint) && (
    <>
      {field.description}
      {hint && <span className="mt-1 block">{hint}</span>}
    </>
  );
  return (
    <Field id={`config-${field.name}`} label={field.label} description={description} error={errorOf(form, field.name, template)} required={required}>
      {field.multiline ? (
        // A multiline secret (a private key) stays a textarea: it holds only what is typed now.
        <Textarea rows={field.secret ? 6 : 3} spellCheck={false} autoComplete="off" className="font-mono" {...register} />
      ) : (
        <Input
          type={field.secret ? "password" : "text"}
          autoComplete={field.secret ? "new-password" : "off"}
          spellCheck={false}
          placeholder={field.default ?? undefined}
          {...register}
        />
      )}
    </Field>
  );
}

export function TemplateConfigFields({ template, form, mode, secrets, secretModes, onSecretModeChange }: Props) {
  const config = useWatch({ control: form.control, name: "config" });
  const options = currentOptionValues(template, config);
  return (
    <>
      {template.options
        .filter((option) => option.name in options)
        .map((option) => (
          <OptionInput key={option.name} option={option} form={form} template={template} />
        ))}
      {template.fields
        .filter((field) => isFieldVisible(field, options))
        .map((field) => {
          const stored = field.secret && mode === "edit" ? secrets?.[field.name] : undefined;
          const required = isFieldRequired(field, options) && !stored?.set;
          if (stored?.set) {
            const secretMode = secretModes?.[field.name] ?? "keep";
            return (
              <StoredSecret
                key={field.name}
                label={field.label}
                note={stored.note}
                canClear={!isFieldRequired(field, options)}
                mode={secretMode}
                onModeChange={(next) => {
                  // Leaving "replace" forgets what was typed: blank keeps the stored secret.
                  if (next !== "replace") form.setValue(`config.${field.name}`, "", { shouldDirty: false });
                  onSecretModeChange?.(field.name, next);
                }}
                input={<TextInput field={field} form={form} required={false} hint="Leave blank to keep the current secret." template={template} />}
              />
            );
          }
          return (
            <div key={field.name} className="space-y-2">
              <TextInput field={field} form={form} required={required} hint={stored && `${stored.note}.`} template={template} />
            </div>
          );
        })}
    </>
  );
}
