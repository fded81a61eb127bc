"use client";

// Renders a form for a JSON Schema object — the same schema `connection-init` returns in
// `action.form.schema` — so the console and API clients build their forms from one source.
// Strings (write-only ones as password fields), enums and const unions (select), booleans
// (checkbox), integers, string arrays/maps and free objects (JSON text).
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { fieldLabel } from "@/lib/labels";

export type JsonSchema = {
  type?: string;
  title?: string;
  description?: string;
  writeOnly?: boolean;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

export type FormValues = Record<string, string | boolean>;

const options = (schema: JsonSchema): unknown[] | null => schema.enum ?? (schema.anyOf?.every((s) => "const" in s) ? schema.anyOf.map((s) => s.const) : null);

export const isJsonField = (schema: JsonSchema) => schema.type === "object" || schema.type === "array";

/** Form values → the JSON `data` object (empty optional fields left out; JSON fields parsed). */
export function valuesToData(schema: JsonSchema, values: FormValues): { data: Record<string, unknown>; errors: Record<string, string> } {
  const data: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const value = values[name];
    const required = schema.required?.includes(name) ?? false;
    if (field.type === "boolean") {
      if (value === true) data[name] = true;
      continue;
    }
    if (typeof value !== "string" || value === "") {
      if (required && field.writeOnly) data[name] = ""; // blank secret: the server keeps the stored one
      continue;
    }
    if (isJsonField(field)) {
      try {
        data[name] = JSON.parse(value);
      } catch {
        errors[name] = "Enter valid JSON";
      }
    } else if (field.type === "integer" || field.type === "number" || options(field)?.every((o) => typeof o === "number")) {
      data[name] = Number(value);
    } else data[name] = value;
  }
  return { data, errors };
}

export function dataToValues(schema: JsonSchema, data: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const value = data[name];
    if (field.writeOnly || value === undefined || value === null) continue;
    values[name] = field.type === "boolean" ? value === true : isJsonField(field) ? JSON.stringify(value, null, 2) : String(value);
  }
  return values;
}

type Props = {
  schema: JsonSchema;
  values: FormValues;
  onChange: (name: string, value: string | boolean) => void;
  errors?: Record<string, string | string[] | undefined>;
  /** Write-only fields already stored: left blank, they keep their value. */
  storedSecrets?: string[];
  disabled?: boolean;
  idPrefix: string;
};

export function JsonSchemaFields({ schema, values, onChange, errors = {}, storedSecrets = [], disabled, idPrefix }: Props) {
  return (
    <>
      {Object.entries(schema.properties ?? {}).map(([name, field]) => {
        const id = `${idPrefix}-${name}`;
        const label = field.title ?? fieldLabel(name);
        const required = schema.required?.includes(name) && !(field.writeOnly && storedSecrets.includes(name));
        const error = errors[name] ?? errors[`data.${name}`];
        const choices = options(field);
        if (field.type === "boolean") {
          return (
            <Field key={name} id={id} label={label} description={field.description} error={error} orientation="horizontal">
              <Checkbox checked={values[name] === true} onCheckedChange={(checked) => onChange(name, checked === true)} disabled={disabled} />
            </Field>
          );
        }
        const description = field.writeOnly && storedSecrets.includes(name) ? "Set. Leave blank to keep the stored value." : field.description;
        if (choices) {
          return (
            <Field key={name} id={id} label={label} description={description} error={error} required={required}>
              <select
                className="h-9 w-full rounded-md border border-input bg-transparent px-3 text-sm shadow-xs dark:bg-input/30"
                value={String(values[name] ?? "")}
                onChange={(e) => onChange(name, e.target.value)}
                disabled={disabled}
              >
                <option value="">{required ? "Choose…" : "(not set)"}</option>
                {choices.map((choice) => (
                  <option key={String(choice)} value={String(choice)}>
                    {String(choice)}
                  </option>
                ))}
              </select>
            </Field>
          );
        }
        if (isJsonField(field)) {
          return (
            <Field key={name} id={id} label={`${label} (JSON)`} description={description} error={error} required={required}>
              <Textarea className="font-mono" rows={4} value={String(values[name] ?? "")} onChange={(e) => onChange(name, e.target.value)} disabled={disabled} />
            </Field>
          );
        }
        return (
          <Field key={name} id={id} label={label} description={description} error={error} required={required}>
            <Input
              type={field.writeOnly ? "password" : field.type === "integer" ? "number" : "text"}
              autoComplete={field.writeOnly ? "new-password" : "off"}
              value={String(values[name] ?? "")}
              onChange={(e) => onChange(name, e.target.value)}
              disabled={disabled}
              placeholder={field.writeOnly && storedSecrets.includes(name) ? "•••••••• (unchanged)" : undefined}
            />
          </Field>
        );
      })}
    </>
  );
}
