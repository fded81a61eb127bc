// Google templates: BigQuery, Vertex AI, Drive and Sheets. Posit stores auth_mode, client_id and
// scopes for them; Google accepts only Confidential OAuth clients, so Public is not offered and
// the client secret is always required. Viewer only: no auth_type option.
import type { Template } from "../types";
import { authModeOption, clientIdField, clientSecretField, patterns, scopesField } from "./common";

function googleTemplate(id: string, name: string, description: string, defaultScopes: string): Template {
  return {
    id,
    name,
    description,
    auth_types: ["Viewer"],
    options: [authModeOption(["Confidential"], false)],
    fields: [
      clientIdField({ pattern: patterns.googleClientId, description: "The OAuth client ID from the Google Cloud console." }),
      clientSecretField(undefined),
      scopesField({ default: defaultScopes }),
    ],
  };
}

export const bigquery = googleTemplate(
  "bigquery",
  "BigQuery",
  "Query Google BigQuery as the viewer.",
  "https://www.googleapis.com/auth/bigquery https://www.googleapis.com/auth/bigquery.insertdata",
);

export const vertexAi = googleTemplate(
  "vertex-ai",
  "Vertex AI",
  "Call Google Vertex AI models as the viewer.",
  "https://www.googleapis.com/auth/cloud-platform",
);

export const drive = googleTemplate(
  "drive",
  "Google Drive",
  "Read the viewer's Google Drive files.",
  "https://www.googleapis.com/auth/drive.readonly",
);

export const sheets = googleTemplate(
  "sheets",
  "Google Sheets",
  "Read the viewer's Google Sheets spreadsheets.",
  "https://www.googleapis.com/auth/spreadsheets.readonly",
);
