// The template registry: the single source for the templates API, config validation and the
// console's integration form. Order is the order the console lists them in.
import { connect, custom, aws } from "./registry/generic";
import { azure, azureOpenai, msgraph, sharepoint } from "./registry/microsoft";
import { databricks, github, salesforce, snowflake } from "./registry/data-platforms";
import { bigquery, drive, sheets, vertexAi } from "./registry/google";
import type { Template } from "./types";

export const TEMPLATES: readonly Template[] = [
  custom,
  azure,
  azureOpenai,
  sharepoint,
  msgraph,
  aws,
  snowflake,
  salesforce,
  github,
  bigquery,
  vertexAi,
  drive,
  sheets,
  databricks,
  connect,
];

const BY_ID = new Map(TEMPLATES.map((template) => [template.id, template]));

export const TEMPLATE_IDS: readonly string[] = TEMPLATES.map((template) => template.id);

/** `undefined` for an unknown id; callers report it with `TEMPLATE_IDS`. */
export function getTemplate(id: string): Template | undefined {
  return BY_ID.get(id);
}

/** Names of the template's secret fields (stored encrypted, reported only as set / not set). */
export function secretFieldNames(template: Template): string[] {
  return template.fields.filter((field) => field.secret).map((field) => field.name);
}
