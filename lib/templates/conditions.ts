// Evaluates a template's visibility / requirement conditions against option values. Shared by
// the server validator and the form schema, so the form hides and requires exactly what the
// server will.
import type { Condition, ConfigValue, ConfigValues, Match, Template, TemplateField } from "./types";

function matches(match: Match, values: ConfigValues): boolean {
  return Object.entries(match).every(([name, allowed]) => {
    const value = values[name];
    return value !== undefined && allowed.includes(String(value));
  });
}

/** An absent condition always holds. */
export function evaluateCondition(condition: Condition | undefined, values: ConfigValues): boolean {
  if (!condition) return true;
  if ("anyOf" in condition && Array.isArray(condition.anyOf)) {
    return (condition.anyOf as readonly Match[]).some((match) => matches(match, values));
  }
  return matches(condition as Match, values);
}

/**
 * The option values in force: each option's given value or its default, minus options hidden by
 * the others (declaration order, so `auth_type` decides before `auth_mode`). `auth_type` is
 * always present, fixed to the template's only auth type when it has no such option.
 */
export function resolveOptionValues(template: Template, given: ConfigValues): Record<string, ConfigValue> {
  const values: Record<string, ConfigValue> = { auth_type: template.auth_types[0] };
  for (const option of template.options) values[option.name] = given[option.name] ?? option.default;
  for (const option of template.options) {
    if (!evaluateCondition(option.visibility, values)) delete values[option.name];
  }
  return values;
}

export const isFieldVisible = (field: TemplateField, optionValues: ConfigValues) =>
  evaluateCondition(field.visibility, optionValues);

export function isFieldRequired(field: TemplateField, optionValues: ConfigValues): boolean {
  if (typeof field.required === "boolean") return field.required && isFieldVisible(field, optionValues);
  return isFieldVisible(field, optionValues) && evaluateCondition(field.required, optionValues);
}
