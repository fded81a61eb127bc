import "server-only";
// How the exchange reaches an integration's provider: the token endpoint and OAuth client for a
// Service Account (the same endpoint "verify" uses), and the authorization + token endpoints for a
// Viewer's "Connect your account". Endpoints come from the integration's validated config, or from
// the vendor's fixed addresses where the template has no field for them.
import { AppError } from "@/lib/errors";
import { INTEGRATION_RESOURCE } from "@/lib/server/integrations/integration-dto";
import type { OAuthClient } from "@/lib/server/oauth";
import { readSecretValueForUse } from "@/lib/server/secrets/secret-store";
import { getTemplate } from "@/lib/templates/registry";
import type { ConfigValues } from "@/lib/templates/types";
import { planVerifyRequest } from "@/lib/templates/verify";

export type IntegrationRow = { id: bigint; guid: string; organizationId: string; template: string; authType: string; config: unknown };

const GOOGLE = { authorize: "https://accounts.google.com/o/oauth2/v2/auth", token: "https://oauth2.googleapis.com/token" };
const ENTRA = { authorize: "https://login.microsoftonline.com/{tenant_id}/oauth2/v2.0/authorize", token: "https://login.microsoftonline.com/{tenant_id}/oauth2/v2.0/token" };

/** Viewer endpoints per template; `{key}` is that config value. */
const VIEWER_ENDPOINTS: Record<string, { authorize: string; token: string }> = {
  custom: { authorize: "{authorization_uri}", token: "{token_uri}" },
  aws: { authorize: "{authorization_uri}", token: "{token_uri}" },
  azure: ENTRA,
  "azure-openai": ENTRA,
  sharepoint: ENTRA,
  msgraph: ENTRA,
  bigquery: GOOGLE,
  "vertex-ai": GOOGLE,
  drive: GOOGLE,
  sheets: GOOGLE,
  github: { authorize: "https://github.com/login/oauth/authorize", token: "https://github.com/login/oauth/access_token" },
  snowflake: { authorize: "{account_url}/oauth/authorize", token: "{account_url}/oauth/token-request" },
  databricks: { authorize: "{workspace_host}/oidc/v1/authorize", token: "{workspace_host}/oidc/v1/token" },
  salesforce: { authorize: "{sf_host_domain}/services/oauth2/authorize", token: "{sf_host_domain}/services/oauth2/token" },
};

const configOf = (row: IntegrationRow) => (row.config ?? {}) as ConfigValues;
const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

function fill(pattern: string, config: ConfigValues): string | null {
  let missing = false;
  const url = pattern.replace(/\{([a-z_]+)\}/g, (_, key: string) => {
    const value = text(config[key]);
    if (!value) missing = true;
    return value;
  });
  return missing ? null : url;
}

const misconfigured = (row: IntegrationRow, why: string) => new AppError("bad_request", `OAuth integration ${row.guid} cannot issue tokens: ${why}.`);

async function client(row: IntegrationRow, tokenUrl: string): Promise<OAuthClient> {
  const config = configOf(row);
  const clientId = text(config.client_id);
  if (!clientId) throw misconfigured(row, "no client_id is configured");
  const clientSecret = config.auth_mode === "Public" ? "" : ((await readSecretValueForUse(INTEGRATION_RESOURCE, row.guid, "client_secret", tokenUrl)) ?? "");
  if (config.auth_mode !== "Public" && !clientSecret) throw misconfigured(row, "no client_secret is set");
  return { tokenUrl, clientId, clientSecret, authMethod: config.token_endpoint_auth_method === "client_secret_post" || !clientSecret ? "client_secret_post" : "client_secret_basic" };
}

/** The client-credentials request for a Service Account integration (scope as "verify" sends it). */
export async function serviceAccountClient(row: IntegrationRow): Promise<{ client: OAuthClient; scope: string | undefined; sendScope: boolean }> {
  const template = getTemplate(row.template);
  const plan = template ? planVerifyRequest(template, configOf(row)) : null;
  if (!plan) throw misconfigured(row, `the ${row.template} template has no client-credentials token endpoint, or its config lacks one`);
  const scope = text(configOf(row).scopes) || undefined;
  return { client: await client(row, plan.tokenUrl), scope: plan.sendScope ? scope : undefined, sendScope: plan.sendScope };
}

export type ViewerEndpoints = { authorizeUrl: string; client: OAuthClient; scope: string | undefined };

/** A Viewer integration's authorization and token endpoints (no secret read). */
export function viewerEndpoints(row: IntegrationRow): { authorizeUrl: string; tokenUrl: string } {
  const endpoints = VIEWER_ENDPOINTS[row.template];
  const config = configOf(row);
  const authorizeUrl = endpoints && fill(endpoints.authorize, config);
  const tokenUrl = endpoints && fill(endpoints.token, config);
  if (!authorizeUrl || !tokenUrl) throw misconfigured(row, "its authorization or token endpoint is not configured");
  return { authorizeUrl, tokenUrl };
}

/** The authorization-code client of a Viewer integration. */
export async function viewerClient(row: IntegrationRow): Promise<ViewerEndpoints> {
  const { authorizeUrl, tokenUrl } = viewerEndpoints(row);
  return { authorizeUrl, client: await client(row, tokenUrl), scope: text(configOf(row).scopes) || undefined };
}
