// The integration form's initial values from a template, without zod: the form imports them with
// the page, while its schema (zod.ts) loads after it.
import { parseOptionValue } from "./field-values";
import type { Template } from "./types";

/**
 * Initial form values: a stored config's values where given, else defaults; secret fields
 * always start blank (the stored value is never sent to the browser).
 */
export function templateFormDefaults(
  template: Template,
  stored: Readonly<Record<string, unknown>> = {},
): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {};
  for (const option of template.options) {
    const parsed = parseOptionValue(option, stored[option.name]);
    values[option.name] = parsed.ok && parsed.value !== undefined ? parsed.value : option.default;
  }
  for (const field of template.fields) {
    const value = stored[field.name];
    values[field.name] = field.secret ? "" : typeof value === "string" ? value : (field.default ?? "");
  }
  return values;
}
