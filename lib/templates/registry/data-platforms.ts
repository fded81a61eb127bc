// Data-platform and developer-tool templates: Snowflake, Databricks, Salesforce, GitHub.
import type { AuthType, Template } from "../types";
import {
  VIEWER,
  authModeOption,
  authTypeOption,
  clientIdField,
  clientSecretCondition,
  clientSecretField,
  originField,
  patterns,
  scopesField,
} from "./common";

const BOTH: [AuthType, ...AuthType[]] = ["Viewer", "Service Account"];

// Posit supports only Confidential Snowflake clients (docs: oauth-integrations/snowflake), so
// auth_mode has one value. Posit's docs describe Service Account integrations without naming
// their keys; ours reuse the Viewer keys with a client-credentials request (our choice).
export const snowflake: Template = {
  id: "snowflake",
  name: "Snowflake",
  description: "Query Snowflake with a Snowflake OAuth security integration.",
  auth_types: BOTH,
  options: [authTypeOption(BOTH), authModeOption(["Confidential"], true)],
  fields: [
    originField("account_url", "Account URL", patterns.snowflakeAccountUrl, {
      description: "The URL of your Snowflake account.",
    }),
    clientIdField({ description: "The client ID shown by SYSTEM$SHOW_OAUTH_CLIENT_SECRETS." }),
    clientSecretField(clientSecretCondition(BOTH, false)),
    scopesField({ default: "refresh_token", description: "Space-separated scopes, e.g. refresh_token session:role:ANALYST." }),
  ],
  verify: { token_url: "{account_url}/oauth/token-request", send_scope: true },
  // Snowflake's OAuth access tokens live 10 minutes and a connector opens its session with the
  // token it gets: the default buffer (10 %, one minute) would hand out tokens that expire during
  // a workload's first query. Hand them out until 25 % (2.5 minutes) before expiry instead.
  service_token_buffer: { max_seconds: 300, fraction: 0.25 },
};

// Posit's docs name client_id, client_secret and scopes but not the workspace key; we call it
// workspace_host (the name the Databricks SDKs use for the same value).
export const databricks: Template = {
  id: "databricks",
  name: "Databricks",
  description: "Access a Databricks workspace with a Databricks OAuth application or service principal.",
  auth_types: BOTH,
  options: [authTypeOption(BOTH), authModeOption(["Confidential", "Public"], true)],
  fields: [
    originField("workspace_host", "Workspace URL", patterns.origin, {
      description: "Your workspace URL, e.g. https://dbc-a1b2345c-d6e7.cloud.databricks.com.",
    }),
    clientIdField(),
    clientSecretField(clientSecretCondition(BOTH, true)),
    scopesField({
      default: "all-apis offline_access",
      description: "Space-separated scopes. Service principals use all-apis; offline_access only applies to Viewer integrations.",
    }),
  ],
  verify: { token_url: "{workspace_host}/oidc/v1/token", send_scope: true },
};

// Posit stores sf_host_domain as an https URL ("https://x.my.salesforce.com"); a bare host is
// accepted and stored the same way. Salesforce's client-credentials flow rejects a scope
// parameter (docs: oauth-integrations/salesforce), so scopes are Viewer-only.
export const salesforce: Template = {
  id: "salesforce",
  name: "Salesforce",
  description: "Call Salesforce APIs with a Salesforce External Client App.",
  auth_types: BOTH,
  options: [authTypeOption(BOTH), authModeOption(["Confidential", "Public"], true)],
  fields: [
    originField("sf_host_domain", "Salesforce Domain", patterns.origin, {
      description: "Your My Domain URL, e.g. https://mycompany.my.salesforce.com.",
    }),
    clientIdField({ description: "The External Client App's consumer key." }),
    clientSecretField(clientSecretCondition(BOTH, true)),
    scopesField({ visibility: VIEWER, default: "refresh_token api" }),
  ],
  verify: { token_url: "{sf_host_domain}/services/oauth2/token", send_scope: false },
};

// A real Posit dump stores only auth_mode and client_id for GitHub; GitHub apps always need
// their client secret, so Public is not offered.
export const github: Template = {
  id: "github",
  name: "GitHub",
  description: "Call the GitHub API as the viewer with a GitHub App or OAuth App.",
  auth_types: ["Viewer"],
  options: [authModeOption(["Confidential"], false)],
  fields: [clientIdField(), clientSecretField(undefined)],
};
