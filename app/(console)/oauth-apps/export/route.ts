// GET /oauth-apps/export?q&dataStore&expiresBefore — the OAuth apps list's current filter as CSV (streamed)
import type { CsvColumn } from "@/lib/csv";
import { oauthAppListQuerySchema, type OAuthAppDto } from "@/lib/schemas/oauth-apps";
import { csvExportRoute } from "@/lib/server/export/csv-export-route";
import { exportOAuthApps } from "@/lib/server/oauth-apps/list-oauth-apps";

// Never the client secret: the DTO has only whether it is set and when it changed.
const COLUMNS: CsvColumn<OAuthAppDto>[] = [
  { header: "id", value: (a) => a.id },
  { header: "name", value: (a) => a.name },
  { header: "description", value: (a) => a.description },
  { header: "data_store", value: (a) => a.dataStoreName },
  { header: "client_id", value: (a) => a.clientId },
  { header: "authorize_uri", value: (a) => a.authorizeURI },
  { header: "token_uri", value: (a) => a.tokenURI },
  { header: "scope", value: (a) => a.scope },
  { header: "client_secret_set", value: (a) => a.clientSecretSet },
  { header: "client_secret_updated", value: (a) => a.clientSecretUpdatedAt },
  { header: "client_secret_expires", value: (a) => a.clientSecretExpiresAt ?? "" },
  { header: "profiles", value: (a) => a.profileCount },
  { header: "created_time", value: (a) => a.createdAt },
  { header: "updated_time", value: (a) => a.updatedAt },
];

export const GET = csvExportRoute("oauth-apps", COLUMNS, (actor, params, context) => exportOAuthApps(actor, oauthAppListQuerySchema.parse(params), context));
