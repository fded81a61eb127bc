// The console's integration form schema (react-hook-form + zodResolver), generated from a
// template. It shares the registry's patterns, conditions and messages with validate.ts, so the
// form accepts what the server accepts and shows the error the API would return.
import { z } from "zod";
import { isFieldRequired, isFieldVisible, resolveOptionValues } from "./conditions";
import { configMessages, fieldValueError, isBlankValue, normalizeFieldValue, parseOptionValue } from "./field-values";
import type { ConfigValue, Template } from "./types";

export type TemplateFormMode = "create" | "edit";

export type TemplateFormOptions = {
  mode: TemplateFormMode;
  /**
   * Edit only: the secrets already stored. A blank secret field means "keep", so it satisfies a
   * required secret when the name is listed here, or when this list is not given at all (the
   * server then decides).
   */
  setSecrets?: readonly string[];
};

/** Form values: field text (secrets blank unless replaced) and option values. */
export type TemplateFormValues = Record<string, string | boolean | null | undefined>;

export function buildTemplateFormSchema(template: Template, { mode, setSecrets }: TemplateFormOptions) {
  const shape: Record<string, z.ZodType> = {};
  for (const option of template.options) {
    shape[option.name] =
      option.type === "bool"
        ? z.union([z.boolean(), z.literal("true"), z.literal("false"), z.literal("")], { error: configMessages.notABool(option.name) }).nullish()
        : z.string({ error: configMessages.notOneOf(option.name, option.values) }).nullish();
  }
  for (const field of template.fields) {
    shape[field.name] = z.string({ error: configMessages.notAString(field.name) }).nullish();
  }
  if (!template.options.some((option) => option.name === "auth_type")) {
    const only = template.auth_types[0];
    shape.auth_type = z
      .union([z.literal(only), z.literal("")], { error: configMessages.notOneOf("auth_type", [only]) })
      .nullish();
  }

  return z
    .strictObject(shape, {
      error: (issue) =>
        issue.code === "unrecognized_keys" ? configMessages.unknownKey(issue.keys[0] ?? "", template.id) : undefined,
    })
    .superRefine((input, ctx) => {
      const values = input as TemplateFormValues;
      const given: Record<string, ConfigValue> = {};
      for (const option of template.options) {
        const parsed = parseOptionValue(option, values[option.name]);
        if (!parsed.ok) ctx.addIssue({ code: "custom", path: [option.name], message: parsed.message });
        else if (parsed.value !== undefined) given[option.name] = parsed.value;
      }
      const optionValues = resolveOptionValues(template, given);

      for (const field of template.fields) {
        if (!isFieldVisible(field, optionValues)) continue;
        const raw = values[field.name];
        const text = typeof raw === "string" ? normalizeFieldValue(field, raw) : "";
        const value = isBlankValue(text) && !field.secret ? (field.default ?? "") : text;
        if (isBlankValue(value)) {
          const kept = field.secret && mode === "edit" && (setSecrets === undefined || setSecrets.includes(field.name));
          if (!kept && isFieldRequired(field, optionValues)) {
            ctx.addIssue({ code: "custom", path: [field.name], message: configMessages.required(field.name) });
          }
          continue;
        }
        const problem = fieldValueError(field, value);
        if (problem) ctx.addIssue({ code: "custom", path: [field.name], message: problem });
      }
    });
}

// The form's initial values, without zod (the forms import them with the page).
export { templateFormDefaults } from "./form-defaults";
