// Templates not tied to one vendor: any OAuth 2.0 provider (custom), AWS via STS, and Posit
// Connect's own API (Visitor API Key). Config keys follow a real Posit server dump (connectapi
// tests/testthat/2024.08.0/__api__/v1/oauth/integrations.json).
import type { AuthType, Template } from "../types";
import {
  VIEWER,
  authModeOption,
  authTypeOption,
  clientIdField,
  clientSecretCondition,
  clientSecretField,
  patterns,
  scopesField,
  textField,
  tokenEndpointAuthMethodOption,
  urlField,
  pkceOption,
} from "./common";

const BOTH: [AuthType, ...AuthType[]] = ["Viewer", "Service Account"];

export const custom: Template = {
  id: "custom",
  name: "Custom",
  description: "Connect to any OAuth 2.0 provider by giving its endpoints yourself.",
  auth_types: BOTH,
  options: [
    authTypeOption(BOTH),
    authModeOption(["Confidential", "Public"], true),
    tokenEndpointAuthMethodOption,
    pkceOption(VIEWER),
  ],
  fields: [
    // A Service Account uses only the token endpoint; Posit still keeps authorization_uri.
    urlField("authorization_uri", "Authorization URI", {
      required: VIEWER,
      description: "The provider's authorization endpoint, where viewers grant consent.",
    }),
    urlField("token_uri", "Token URI", { description: "The provider's token endpoint." }),
    clientIdField(),
    clientSecretField(clientSecretCondition(BOTH, true)),
    scopesField({ required: false }),
  ],
  verify: { token_url: "{token_uri}", send_scope: true },
};

// A Service Account assumes the role with Connect's own identity (no client of its own), so
// the OAuth client keys exist only for Viewer integrations, and there is nothing to verify here.
export const aws: Template = {
  id: "aws",
  name: "AWS",
  description: "Get temporary AWS credentials from STS by assuming an IAM role.",
  auth_types: BOTH,
  options: [
    authTypeOption(BOTH),
    authModeOption(["Confidential", "Public"], true),
    { ...tokenEndpointAuthMethodOption, visibility: VIEWER },
    pkceOption(VIEWER),
  ],
  fields: [
    textField("role_arn", "Role ARN", patterns.roleArn, { description: "The IAM role to assume." }),
    textField("session_duration", "Session Duration", patterns.sessionDuration, {
      default: "3600",
      description: "Lifetime of the temporary credentials, in seconds.",
    }),
    textField("sts_region", "STS Region", patterns.awsRegion, {
      default: "us-east-1",
      description: "The region whose STS endpoint issues the credentials.",
    }),
    urlField("authorization_uri", "Authorization URI", {
      visibility: VIEWER,
      description: "Your identity provider's authorization endpoint.",
    }),
    urlField("token_uri", "Token URI", { visibility: VIEWER, description: "Your identity provider's token endpoint." }),
    clientIdField({ visibility: VIEWER }),
    clientSecretField({ auth_type: ["Viewer"], auth_mode: ["Confidential"] }),
    scopesField({ visibility: VIEWER, default: "openid profile email offline_access" }),
  ],
};

export const connect: Template = {
  id: "connect",
  name: "Connect API",
  description: "Give content a short-lived Connect API key for the visitor, to call the Connect API on their behalf.",
  auth_types: ["Visitor API Key"],
  options: [
    {
      name: "max_role",
      label: "Maximum Role",
      description: "The highest role the visitor's key may use; a visitor with a lower role keeps theirs.",
      type: "select",
      values: ["Viewer", "Publisher", "Admin"],
      default: "Viewer",
    },
  ],
  fields: [],
};
