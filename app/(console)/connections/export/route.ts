// GET /connections/export?q&appId&authType&expiresBefore — the connections list's current filter as CSV (streamed)
import type { CsvColumn } from "@/lib/csv";
import { connectionListQuerySchema } from "@/lib/schemas/connections";
import { exportConnections, type ConnectionExportRow } from "@/lib/server/connections/search-connections";
import { csvExportRoute } from "@/lib/server/export/csv-export-route";

// Never a secret: the rows hold no credential data at all.
const COLUMNS: CsvColumn<ConnectionExportRow>[] = [
  { header: "id", value: (c) => c.id },
  { header: "name", value: (c) => c.name },
  { header: "app_id", value: (c) => c.appId },
  { header: "auth_type", value: (c) => c.authType },
  { header: "boards", value: (c) => c.boards },
  { header: "created_time", value: (c) => c.createdAt },
  { header: "updated_time", value: (c) => c.updatedAt },
  { header: "secret_expires_time", value: (c) => c.secretExpiresAt ?? "" },
];

export const GET = csvExportRoute("connections", COLUMNS, (actor, params, context) => exportConnections(actor, connectionListQuerySchema.parse(params), context));
