// Normalising and checking one value, and the wording of every config error. The server
// validator and the form schema both call these, so a value means the same thing in both and
// the form shows the message the API would return.
import type { TemplateField, TemplateOption } from "./types";

export const configMessages = {
  unknownTemplate: (id: string, valid: readonly string[]) =>
    `unknown template "${id}"; valid templates are: ${valid.join(", ")}`,
  notAnObject: () => "config must be an object",
  unknownKey: (key: string, templateId: string) => `unknown config key "${key}" for template "${templateId}"`,
  notAString: (key: string) => `config key ${key} must be a string`,
  notABool: (key: string) => `config key ${key} must be true or false (a boolean, or the string "true" or "false")`,
  // Posit's own wording (connectapi fixture 60586f1c-b90ada-PATCH.R).
  notOneOf: (key: string, values: readonly string[]) => `The config key ${key} must be one of (${values.join(", ")})`,
  required: (key: string) => `config key ${key} is required`,
  invalid: (field: TemplateField) => `config key ${field.name}: ${field.validation_description}`,
} as const;

const compiled = new Map<string, RegExp>();
function regexFor(source: string): RegExp {
  let regex = compiled.get(source);
  if (!regex) compiled.set(source, (regex = new RegExp(source)));
  return regex;
}

/**
 * The value as it will be stored. Non-secret values are trimmed; an "origin" field gains
 * "https://" when given a bare host and loses trailing slashes (Posit stores e.g.
 * `sf_host_domain` as "https://x.my.salesforce.com"). Secrets are kept verbatim: a private key's
 * line breaks and a secret's exact bytes matter.
 */
export function normalizeFieldValue(field: TemplateField, raw: string): string {
  if (field.secret) return raw;
  let value = raw.trim();
  if (field.normalize === "origin" && value !== "") {
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) value = `https://${value}`;
    value = withoutTrailingSlashes(value);
  }
  return value;
}

/**
 * A loop, not `/\/+$/`: that regex retries from every slash of a long run (a 200,000-slash value
 * took minutes), and this text comes from any API caller.
 */
function withoutTrailingSlashes(value: string): string {
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) === 0x2f) end--;
  return value.slice(0, end);
}

/** Blank means "not given": the default applies, or the required check fires. */
export const isBlankValue = (value: string) => value.trim() === "";

/** The regex check for a non-blank, already normalised value; `null` when it passes. */
export function fieldValueError(field: TemplateField, value: string): string | null {
  if (field.validation === "" || isBlankValue(value)) return null;
  return regexFor(field.validation).test(value) ? null : configMessages.invalid(field);
}

export type ParsedOption = { ok: true; value: string | boolean | undefined } | { ok: false; message: string };

/**
 * An option value as sent by a client. Bool options take a JSON boolean or the strings "true" /
 * "false" (forms and some scripts send strings); select options take one of `values` exactly.
 * `null`, `undefined` and "" mean "not given".
 */
export function parseOptionValue(option: TemplateOption, raw: unknown): ParsedOption {
  if (raw === null || raw === undefined || raw === "") return { ok: true, value: undefined };
  if (option.type === "bool") {
    if (typeof raw === "boolean") return { ok: true, value: raw };
    if (raw === "true" || raw === "false") return { ok: true, value: raw === "true" };
    return { ok: false, message: configMessages.notABool(option.name) };
  }
  if (typeof raw === "string" && option.values.includes(raw.trim())) return { ok: true, value: raw.trim() };
  return { ok: false, message: configMessages.notOneOf(option.name, option.values) };
}
