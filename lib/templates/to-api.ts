// Serialises a template as Posit Connect's GET /__api__/v1/oauth/templates[/{key}] returns it.
// `visibility_expression` follows Posit's OpenAPI schema (ServicePrincipalTemplateVisibility-
// Expression): a Boolean tree of leaves `{name, value}` and nodes `{operator, operands}`, or
// null when the item is always shown.
import type { Condition, Match, Template, TemplateOption } from "./types";

export type PositVisibilityExpression =
  | { name: string; value: string | boolean }
  | { operator: "and" | "or"; operands: PositVisibilityExpression[] };

export type PositTemplateField = {
  name: string;
  label: string;
  description: string;
  default: string;
  validation: string;
  validation_description: string;
  secret: boolean;
  multiline: boolean;
  visibility_expression: PositVisibilityExpression | null;
};

export type PositTemplateOption = {
  name: string;
  label: string;
  description: string;
  type: "bool" | "select";
  values: string[];
  default: string | boolean;
  visibility_expression: PositVisibilityExpression | null;
};

export type PositTemplate = {
  id: string;
  name: string;
  description: string;
  sections: never[];
  options: PositTemplateOption[];
  fields: PositTemplateField[];
  environment_variables: string[];
};

function combine(operator: "and" | "or", operands: PositVisibilityExpression[]): PositVisibilityExpression {
  return operands.length === 1 ? operands[0] : { operator, operands };
}

function matchExpression(match: Match, options: readonly TemplateOption[]): PositVisibilityExpression {
  const isBool = (name: string) => options.some((option) => option.name === name && option.type === "bool");
  return combine(
    "and",
    Object.entries(match).map(([name, values]) =>
      combine(
        "or",
        values.map((value) => ({ name, value: isBool(name) ? value === "true" : value })),
      ),
    ),
  );
}

export function toVisibilityExpression(
  condition: Condition | undefined,
  options: readonly TemplateOption[] = [],
): PositVisibilityExpression | null {
  if (!condition) return null;
  if ("anyOf" in condition && Array.isArray(condition.anyOf)) {
    return combine("or", (condition.anyOf as readonly Match[]).map((match) => matchExpression(match, options)));
  }
  return matchExpression(condition as Match, options);
}

export function templateToApi(template: Template): PositTemplate {
  return {
    id: template.id,
    name: template.name,
    description: template.description,
    sections: [],
    options: template.options.map((option) => ({
      name: option.name,
      label: option.label,
      description: option.description ?? "",
      type: option.type,
      values: [...option.values],
      default: option.default,
      visibility_expression: toVisibilityExpression(option.visibility, template.options),
    })),
    fields: template.fields.map((field) => ({
      name: field.name,
      label: field.label,
      description: field.description ?? "",
      default: field.default ?? "",
      validation: field.validation,
      validation_description: field.validation_description,
      secret: field.secret,
      multiline: field.multiline,
      visibility_expression: toVisibilityExpression(field.visibility, template.options),
    })),
    environment_variables: [],
  };
}
