// Which secret fields apply to an integration (given its stored options) and whether each is set.
// Only status ever reaches a page: the DTO carries `{ set, updatedAt }`, never a value.
import type { IntegrationDto } from "@/lib/schemas/integrations";
import { getTemplate } from "@/lib/templates/registry";
import { currentOptionValues } from "./integration-form-schema";
import { isFieldRequired, isFieldVisible } from "@/lib/templates/conditions";
import type { TemplateFormValues } from "@/lib/templates/zod";

export type SecretFieldStatus = { name: string; label: string; required: boolean; set: boolean; updatedAt: string | null };

export function secretFieldStatuses(integration: Pick<IntegrationDto, "template" | "config" | "secrets">): SecretFieldStatus[] {
  const template = getTemplate(integration.template);
  if (!template) {
    // A template the registry no longer knows: report what is stored under its own names.
    return Object.entries(integration.secrets).map(([name, s]) => ({ name, label: name, required: false, set: s.set, updatedAt: s.updatedAt }));
  }
  const options = currentOptionValues(template, integration.config as TemplateFormValues);
  return template.fields
    .filter((field) => field.secret && (isFieldVisible(field, options) || integration.secrets[field.name]))
    .map((field) => {
      const status = integration.secrets[field.name];
      return { name: field.name, label: field.label, required: isFieldRequired(field, options), set: !!status, updatedAt: status?.updatedAt ?? null };
    });
}

/** One word for the list: every required secret set, some missing, or none needed. */
export function secretSummary(statuses: SecretFieldStatus[]): "set" | "missing" | "none" {
  if (statuses.length === 0) return "none";
  return statuses.some((s) => s.required && !s.set) ? "missing" : "set";
}
