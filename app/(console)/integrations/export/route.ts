// GET /integrations/export?q&template&authType&tag&expiresBefore — the console list's current filter as CSV (streamed)
import type { CsvColumn } from "@/lib/csv";
import { integrationListQuerySchema } from "@/lib/schemas/integrations";
import { csvExportRoute } from "@/lib/server/export/csv-export-route";
import { exportIntegrations, type IntegrationExportRow } from "@/lib/server/integrations/export-integrations";

// Never a secret: the export's rows hold no secret field at all.
const COLUMNS: CsvColumn<IntegrationExportRow>[] = [
  { header: "guid", value: (r) => r.guid },
  { header: "name", value: (r) => r.name },
  { header: "description", value: (r) => r.description },
  { header: "template", value: (r) => r.template },
  { header: "auth_type", value: (r) => r.authType },
  { header: "slug", value: (r) => r.slug },
  { header: "tags", value: (r) => r.tags.join(", ") },
  { header: "created_time", value: (r) => r.createdAt },
  { header: "updated_time", value: (r) => r.updatedAt },
  { header: "secret_expires_time", value: (r) => r.secretExpiresAt ?? "" },
];

export const GET = csvExportRoute("integrations", COLUMNS, (actor, params, context) =>
  exportIntegrations(actor, integrationListQuerySchema.parse(params), context),
);
