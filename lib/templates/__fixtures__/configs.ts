// Realistic create configs, one or more per template and auth type, shaped like the configs in
// connectapi's real-server dump (tests/testthat/2024.08.0/__api__/v1/oauth/integrations.json)
// with secrets added back. Used by the tests only.
export type Example = {
  label: string;
  template: string;
  config: Record<string, unknown>;
  authType: string;
  /** The non-secret keys the stored config ends up with. */
  storedKeys: string[];
};

const TENANT = "8eaef023-2b34-4da1-9baa-8bc8c9d6a490";
export const SECRET = "s3cr3t-value-that-must-never-leak";

export const EXAMPLES: Example[] = [
  {
    label: "custom Viewer (keycloak-like)",
    template: "custom",
    config: {
      auth_mode: "Confidential",
      auth_type: "Viewer",
      authorization_uri: "https://github.com/login/oauth/authorize",
      token_uri: "https://github.com/login/oauth/access_token",
      client_id: "Iv23liKagsdSr7lkx7M5",
      client_secret: SECRET,
      scopes: "offline_access openid profile email repo read:user",
      token_endpoint_auth_method: "client_secret_post",
      use_pkce: true,
    },
    authType: "Viewer",
    storedKeys: ["auth_mode", "auth_type", "authorization_uri", "client_id", "scopes", "token_endpoint_auth_method", "token_uri", "use_pkce"],
  },
  {
    label: "custom Service Account",
    template: "custom",
    config: {
      auth_type: "Service Account",
      authorization_uri: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/authorize`,
      token_uri: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`,
      client_id: "1381d669-58c1-4a55-9c3e-0c2f1e6a8d11",
      client_secret: SECRET,
      scopes: "https://cognitiveservices.azure.com/.default",
      token_endpoint_auth_method: "client_secret_post",
    },
    authType: "Service Account",
    storedKeys: ["auth_type", "authorization_uri", "client_id", "scopes", "token_endpoint_auth_method", "token_uri"],
  },
  {
    label: "azure Viewer Public",
    template: "azure",
    config: { auth_mode: "Public", auth_type: "Viewer", client_id: "f517375e-0000-4000-8000-000000000001", scopes: "offline_access 2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default", tenant_id: TENANT },
    authType: "Viewer",
    storedKeys: ["auth_mode", "auth_type", "client_id", "scopes", "tenant_id"],
  },
  {
    label: "azure Service Account",
    template: "azure",
    config: { auth_type: "Service Account", client_id: "5f3e3af1-0000-4000-8000-000000000002", client_secret: SECRET, scopes: "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default", tenant_id: TENANT },
    authType: "Service Account",
    storedKeys: ["auth_type", "client_id", "scopes", "tenant_id"],
  },
  {
    label: "azure-openai Viewer",
    template: "azure-openai",
    config: { auth_mode: "Confidential", auth_type: "Viewer", client_id: "faf78b60-0000-4000-8000-000000000003", client_secret: SECRET, scopes: "https://cognitiveservices.azure.com/.default offline_access", tenant_id: TENANT },
    authType: "Viewer",
    storedKeys: ["auth_mode", "auth_type", "client_id", "scopes", "tenant_id"],
  },
  {
    label: "sharepoint Viewer Public (domain tenant)",
    template: "sharepoint",
    config: { auth_mode: "Public", auth_type: "Viewer", client_id: "f8bbe4ff-0000-4000-8000-000000000004", tenant_id: "contoso.onmicrosoft.com" },
    authType: "Viewer",
    storedKeys: ["auth_mode", "auth_type", "client_id", "scopes", "tenant_id"],
  },
  {
    label: "msgraph Service Account",
    template: "msgraph",
    config: { auth_type: "Service Account", client_id: "0f0e0d0c-0000-4000-8000-000000000005", client_secret: SECRET, scopes: "https://graph.microsoft.com/.default", tenant_id: TENANT },
    authType: "Service Account",
    storedKeys: ["auth_type", "client_id", "scopes", "tenant_id"],
  },
  {
    label: "aws Viewer (Okta)",
    template: "aws",
    config: {
      auth_mode: "Confidential",
      auth_type: "Viewer",
      authorization_uri: "https://dev-45652974.okta.com/oauth2/v1/authorize",
      client_id: "0oantnx4gsTh7zmG35d7",
      client_secret: SECRET,
      role_arn: "arn:aws:iam::440849847947:role/OktaAccessRole",
      scopes: "offline_access openid profile email",
      session_duration: "3600",
      sts_region: "us-east-1",
      token_endpoint_auth_method: "client_secret_post",
      token_uri: "https://dev-45652974.okta.com/oauth2/v1/token",
      use_pkce: true,
    },
    authType: "Viewer",
    storedKeys: ["auth_mode", "auth_type", "authorization_uri", "client_id", "role_arn", "scopes", "session_duration", "sts_region", "token_endpoint_auth_method", "token_uri", "use_pkce"],
  },
  {
    label: "aws Service Account",
    template: "aws",
    config: { auth_type: "Service Account", role_arn: "arn:aws:iam::440849847947:role/mattc-bedrock-s3", session_duration: "3600", sts_region: "us-east-1" },
    authType: "Service Account",
    storedKeys: ["auth_type", "role_arn", "session_duration", "sts_region"],
  },
  {
    label: "snowflake Viewer",
    template: "snowflake",
    config: { account_url: "https://duloftf-posit-software-pbc-dev.snowflakecomputing.com", auth_mode: "Confidential", client_id: "6VHVy2TdBh0f/3PR4mT9p+0d9bA=", client_secret: SECRET, scopes: "refresh_token" },
    authType: "Viewer",
    storedKeys: ["account_url", "auth_mode", "auth_type", "client_id", "scopes"],
  },
  {
    label: "salesforce Viewer",
    template: "salesforce",
    config: {
      auth_mode: "Confidential",
      auth_type: "Viewer",
      client_id: "3MVG91oqviqJKoEF_.qUhZ.ZDv34yklQvJ20VqZ_ai_6O3pqPAFN2pr7Nk6PVpfGHRWhdRCxCOX3Zho.ciJ0D",
      client_secret: SECRET,
      scopes: "refresh_token offline_access api web",
      sf_host_domain: "https://positpbc-dev-ed.develop.my.salesforce.com",
    },
    authType: "Viewer",
    storedKeys: ["auth_mode", "auth_type", "client_id", "scopes", "sf_host_domain"],
  },
  {
    label: "salesforce Service Account",
    template: "salesforce",
    config: { auth_type: "Service Account", client_id: "3MVG9XgkMlifdwVA", client_secret: SECRET, sf_host_domain: "acme.my.salesforce.com" },
    authType: "Service Account",
    storedKeys: ["auth_type", "client_id", "sf_host_domain"],
  },
  {
    label: "github",
    template: "github",
    config: { auth_mode: "Confidential", client_id: "Iv23liFk3dHL5pNvxg6O", client_secret: SECRET },
    authType: "Viewer",
    storedKeys: ["auth_mode", "client_id"],
  },
  {
    label: "bigquery",
    template: "bigquery",
    config: {
      auth_mode: "Confidential",
      client_id: "854262705359-ng1hudhn3ec37a2dj8ich48ic6aipqfb.apps.googleusercontent.com",
      client_secret: SECRET,
      scopes: "https://www.googleapis.com/auth/bigquery https://www.googleapis.com/auth/bigquery.insertdata",
    },
    authType: "Viewer",
    storedKeys: ["auth_mode", "client_id", "scopes"],
  },
  {
    label: "vertex-ai",
    template: "vertex-ai",
    config: { auth_mode: "Confidential", client_id: "196021606923-0daalcru5ah7k51e49f1i1oneeajuft6.apps.googleusercontent.com", client_secret: SECRET, scopes: "https://www.googleapis.com/auth/cloud-platform" },
    authType: "Viewer",
    storedKeys: ["auth_mode", "client_id", "scopes"],
  },
  {
    label: "drive",
    template: "drive",
    config: { client_id: "111-abc.apps.googleusercontent.com", client_secret: SECRET },
    authType: "Viewer",
    storedKeys: ["auth_mode", "client_id", "scopes"],
  },
  {
    label: "sheets",
    template: "sheets",
    config: { client_id: "222-def.apps.googleusercontent.com", client_secret: SECRET, scopes: "https://www.googleapis.com/auth/spreadsheets" },
    authType: "Viewer",
    storedKeys: ["auth_mode", "client_id", "scopes"],
  },
  {
    label: "databricks Service Account",
    template: "databricks",
    config: { auth_type: "Service Account", workspace_host: "https://dbc-a1b2345c-d6e7.cloud.databricks.com/", client_id: "6f1b4a6e-0000-4000-8000-000000000006", client_secret: SECRET, scopes: "all-apis" },
    authType: "Service Account",
    storedKeys: ["auth_type", "client_id", "scopes", "workspace_host"],
  },
  {
    label: "databricks Viewer",
    template: "databricks",
    config: { workspace_host: "adb-1234567890123456.7.azuredatabricks.net", client_id: "posit-connect", client_secret: SECRET },
    authType: "Viewer",
    storedKeys: ["auth_mode", "auth_type", "client_id", "scopes", "workspace_host"],
  },
  {
    label: "connect",
    template: "connect",
    config: { max_role: "Publisher" },
    authType: "Visitor API Key",
    storedKeys: ["max_role"],
  },
];
