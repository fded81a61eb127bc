// The integrations list's rows, prepared on the server: the template's name and the secrets'
// one-word state travel with each row, so the list page's JavaScript carries neither the template
// registry nor the form's zod schemas (first-load JavaScript is budgeted per page).
import type { IntegrationDto } from "@/lib/schemas/integrations";
import { getTemplate } from "@/lib/templates/registry";
import { secretFieldStatuses, secretSummary } from "./secret-fields";

export type IntegrationListRow = IntegrationDto & { templateName: string; secretState: "set" | "missing" | "none" };

export const toIntegrationListRow = (integration: IntegrationDto): IntegrationListRow => ({
  ...integration,
  templateName: getTemplate(integration.template)?.name ?? integration.template,
  secretState: secretSummary(secretFieldStatuses(integration)),
});
