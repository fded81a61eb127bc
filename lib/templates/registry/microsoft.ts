// Microsoft Entra ID templates: Azure, Azure OpenAI, SharePoint and Microsoft Graph share one
// shape (config keys from a real Posit server dump: auth_mode, auth_type, client_id, scopes,
// tenant_id; a Service Account has no auth_mode) and differ in their default scopes.
import type { AuthType, Template } from "../types";
import {
  authModeOption,
  authTypeOption,
  clientIdField,
  clientSecretCondition,
  clientSecretField,
  patterns,
  scopesField,
  textField,
} from "./common";

const AUTH_TYPES: [AuthType, ...AuthType[]] = ["Viewer", "Service Account"];

function entraTemplate(id: string, name: string, description: string, defaultScopes: string | null): Template {
  return {
    id,
    name,
    description,
    auth_types: AUTH_TYPES,
    options: [authTypeOption(AUTH_TYPES), authModeOption(["Confidential", "Public"], true)],
    fields: [
      textField("tenant_id", "Tenant ID", patterns.tenantId, {
        description: "The Microsoft Entra ID directory (tenant) that issued the application.",
      }),
      clientIdField({ description: "The application (client) ID of the Entra ID app registration." }),
      clientSecretField(clientSecretCondition(AUTH_TYPES, true)),
      scopesField({
        default: defaultScopes ?? undefined,
        description:
          "Space-separated scopes. A Service Account needs a single resource scope ending in /.default; offline_access only applies to Viewer integrations.",
      }),
    ],
    verify: { token_url: "https://login.microsoftonline.com/{tenant_id}/oauth2/v2.0/token", send_scope: true },
    // Entra ID client secrets last at most 24 months.
    secret_max_lifetime_months: 24,
  };
}

export const azure = entraTemplate(
  "azure",
  "Azure",
  "Access Azure resources, such as Azure Databricks or Azure Storage, with a Microsoft Entra ID application.",
  null,
);

export const azureOpenai = entraTemplate(
  "azure-openai",
  "Azure OpenAI",
  "Call Azure OpenAI models with a Microsoft Entra ID application.",
  "https://cognitiveservices.azure.com/.default offline_access",
);

export const sharepoint = entraTemplate(
  "sharepoint",
  "SharePoint",
  "Read and write SharePoint Online sites and files with a Microsoft Entra ID application.",
  // 00000003-0000-0ff1-ce00-000000000000 is the SharePoint Online resource application.
  "00000003-0000-0ff1-ce00-000000000000/.default offline_access",
);

export const msgraph = entraTemplate(
  "msgraph",
  "Microsoft Graph",
  "Call the Microsoft Graph API (mail, calendars, OneDrive, Teams) with a Microsoft Entra ID application.",
  "https://graph.microsoft.com/.default offline_access",
);

