// The integration form's values and payload, built from the template registry. Its zod schema is
// in integration-form-zod.ts, which the form loads after the page (components/forms/lazy-zod-resolver.ts):
// this module stays free of zod. Client-safe.
import type { FieldErrors } from "@/lib/errors";
import type { PrincipalChoice } from "@/lib/schemas/integrations";
import { isFieldVisible, resolveOptionValues } from "@/lib/templates/conditions";
import { parseOptionValue } from "@/lib/templates/field-values";
import type { ConfigValue, Template } from "@/lib/templates/types";
import type { TemplateFormOptions, TemplateFormValues } from "@/lib/templates/zod";

export type IntegrationFormValues = {
  name: string;
  description: string;
  tags: string[];
  permissions: PrincipalChoice[];
  config: TemplateFormValues;
  /** YYYY-MM-DD or "" (no date). */
  secretExpiresOn: string;
};

/** Whether the form gives a secret (create: any; edit: a replacement). */
export const givesSecret = (template: Template, config: TemplateFormValues | undefined) =>
  template.fields.some((f) => f.secret && typeof config?.[f.name] === "string" && config[f.name] !== "");

export const NEW_SECRET_DATE = "A new secret has its own expiry: enter its date, or choose “No date”";


/** `secret_expires_time` for the request: the end of the chosen day, or null for none. */
export const secretExpiryPayload = (value: string) => (value ? value : null);

/** The option values in force for the form's current values (hidden options removed). */
export function currentOptionValues(template: Template, config: TemplateFormValues | undefined): Record<string, ConfigValue> {
  const given: Record<string, ConfigValue> = {};
  for (const option of template.options) {
    const parsed = parseOptionValue(option, config?.[option.name]);
    if (parsed.ok && parsed.value !== undefined) given[option.name] = parsed.value;
  }
  return resolveOptionValues(template, given);
}

/** Posit's `permissions` body for the chosen people and groups (PATCH replaces the list). */
export const permissionsPayload = (chosen: readonly PrincipalChoice[]) =>
  chosen.map((p) => (p.kind === "user" ? { user_guid: p.guid } : { group_guid: p.guid }));

/**
 * The `config` to send. Hidden options and fields are left out (a secret typed and then hidden
 * is never sent), and a blank secret is omitted: on create it is "not given", on edit "keep".
 * On edit a blank non-secret value is sent so the server unsets it.
 */
export function configPayload(template: Template, config: TemplateFormValues, mode: TemplateFormOptions["mode"]): Record<string, string | boolean> {
  const options = currentOptionValues(template, config);
  const payload: Record<string, string | boolean> = {};
  for (const option of template.options) {
    if (option.name in options) payload[option.name] = options[option.name];
  }
  for (const field of template.fields) {
    if (!isFieldVisible(field, options)) continue;
    const value = typeof config[field.name] === "string" ? (config[field.name] as string) : "";
    if (field.secret ? value !== "" : value.trim() !== "" || mode === "edit") payload[field.name] = value;
  }
  return payload;
}

export type MappedServerErrors = { fields: [path: "name" | "description" | "tags" | "permissions" | "secretExpiresOn" | `config.${string}`, message: string][]; other: string[] };

/**
 * Server field errors come keyed "name", "tags", "permissions", "config", "config.tenant_id" (request schema) or a bare
 * "tenant_id" (registry validation); each lands under its input, the rest in a banner.
 */
export function mapServerFieldErrors(template: Template, fieldErrors: FieldErrors | undefined): MappedServerErrors {
  const known = new Set([...template.fields.map((f) => f.name), ...template.options.map((o) => o.name)]);
  const result: MappedServerErrors = { fields: [], other: [] };
  for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
    const message = messages[0];
    if (!message) continue;
    const bare = key.startsWith("config.") ? key.slice("config.".length) : key;
    if (key === "name" || key === "description") result.fields.push([key, message]);
    else if (key === "secret_expires_time") result.fields.push(["secretExpiresOn", message]);
    // "tags", "tags.3", "permissions", "permissions.0": under the field as a whole.
    else if (/^(tags|permissions)(\.|$)/.test(key)) result.fields.push([key.split(".")[0] as "tags" | "permissions", message]);
    else if (known.has(bare)) result.fields.push([`config.${bare}`, message]);
    else result.other.push(message);
  }
  return result;
}
