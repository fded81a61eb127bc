// Building blocks shared by the template families: the validation patterns (anchored, RE2- and
// JS-compatible, so the same source works for Posit clients and for us) and the fields and
// options most templates repeat.
import type { AuthType, Condition, Match, TemplateField, TemplateOption } from "../types";

type Pattern = { readonly validation: string; readonly validation_description: string };

const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const HOSTNAME = `${LABEL}(?:\\.${LABEL})+`;
const SNOWFLAKE_LABEL = "[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?";

export const patterns = {
  // http:// stays open for loopback only: local identity providers in development and tests.
  url: {
    validation: "^(?:https://[^\\s/?#@]+|http://(?:localhost|127\\.0\\.0\\.1|\\[::1\\])(?::\\d{1,5})?)(?:[/?#]\\S*)?$",
    validation_description: "must be an https:// URL (http:// is accepted only for localhost)",
  },
  origin: {
    validation: `^https://${HOSTNAME}(?::\\d{1,5})?$`,
    validation_description: "must be an https:// address with a host name only, e.g. https://example.com",
  },
  clientId: { validation: "^\\S+$", validation_description: "must not contain spaces" },
  // RFC 6749 §3.3 scope-token characters, separated by spaces.
  scopes: {
    validation: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+(?: +[\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$",
    validation_description: "must be a space-separated list of scopes without quotes or backslashes",
  },
  tenantId: {
    validation: `^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|${HOSTNAME}|common|organizations|consumers)$`,
    validation_description:
      "must be a directory (tenant) ID such as 8eaef023-2b34-4da1-9baa-8bc8c9d6a490, a domain such as contoso.onmicrosoft.com, or common / organizations / consumers",
  },
  roleArn: {
    validation: "^arn:aws(?:-cn|-us-gov)?:iam::\\d{12}:role/[\\w+=,.@/-]+$",
    validation_description: "must be an IAM role ARN such as arn:aws:iam::123456789012:role/connect-reader",
  },
  sessionDuration: {
    validation: "^(?:9\\d\\d|[1-9]\\d{3}|[1-3]\\d{4}|4[0-2]\\d{3}|43[01]\\d\\d|43200)$",
    validation_description: "must be a whole number of seconds from 900 to 43200",
  },
  awsRegion: {
    validation: "^[a-z]{2}(?:-[a-z]+)+-\\d{1,2}$",
    validation_description: "must be an AWS region such as us-east-1",
  },
  // Snowflake account names may contain "_" (myorg-account_xyz), which DNS labels elsewhere may not.
  snowflakeAccountUrl: {
    validation: `^https://${SNOWFLAKE_LABEL}(?:\\.${SNOWFLAKE_LABEL})*\\.snowflakecomputing\\.(?:com|cn)$`,
    validation_description: "must be your Snowflake account URL, e.g. https://myorg-account_xyz.snowflakecomputing.com",
  },
  googleClientId: {
    validation: "^[\\w.-]+\\.apps\\.googleusercontent\\.com$",
    validation_description: "must be a Google OAuth client ID ending in .apps.googleusercontent.com",
  },
} satisfies Record<string, Pattern>;

export const VIEWER: Match = { auth_type: ["Viewer"] };
export const SERVICE_ACCOUNT: Match = { auth_type: ["Service Account"] };

/** Only offered when a template supports more than one auth type. */
export function authTypeOption(authTypes: readonly AuthType[]): TemplateOption {
  return {
    name: "auth_type",
    label: "Authentication Type",
    description: "Viewer: content acts as the person viewing it. Service Account: content acts as one shared identity.",
    type: "select",
    values: authTypes,
    default: authTypes[0],
  };
}

/** Confidential clients authenticate with a client secret; Public ones do not. Viewer only. */
export function authModeOption(modes: readonly ("Confidential" | "Public")[], hasServiceAccount: boolean): TemplateOption {
  return {
    name: "auth_mode",
    label: "Authentication Mode",
    description: "Confidential clients send a client secret; Public clients do not.",
    type: "select",
    values: modes,
    default: "Confidential",
    visibility: hasServiceAccount ? VIEWER : undefined,
  };
}

export const tokenEndpointAuthMethodOption: TemplateOption = {
  name: "token_endpoint_auth_method",
  label: "Token Endpoint Authentication Method",
  description: "How the client secret is sent to the token endpoint.",
  type: "select",
  values: ["client_secret_basic", "client_secret_post"],
  default: "client_secret_basic",
};

export const pkceOption = (visibility?: Condition): TemplateOption => ({
  name: "use_pkce",
  label: "Use PKCE",
  description: "Send a Proof Key for Code Exchange with the authorization request.",
  type: "bool",
  values: [],
  default: true,
  visibility,
});

/**
 * When the client secret applies: Viewer in Confidential mode (when Public is allowed), and
 * always for a Service Account, which has no other way to authenticate. `undefined` = always.
 */
export function clientSecretCondition(authTypes: readonly AuthType[], publicAllowed: boolean): Condition | undefined {
  const multi = authTypes.length > 1;
  const viewer: Match = { ...(multi ? VIEWER : {}), ...(publicAllowed ? { auth_mode: ["Confidential"] } : {}) };
  if (!authTypes.includes("Service Account")) return Object.keys(viewer).length > 0 ? viewer : undefined;
  if (!publicAllowed) return undefined;
  return { anyOf: [viewer, SERVICE_ACCOUNT] };
}

type FieldOptions = { required?: boolean | Condition; visibility?: Condition; default?: string; description?: string };

function textField(name: string, label: string, pattern: Pattern, opts: FieldOptions): TemplateField {
  return {
    name,
    label,
    description: opts.description,
    default: opts.default ?? null,
    required: opts.required ?? true,
    secret: false,
    multiline: false,
    ...pattern,
    visibility: opts.visibility,
  };
}

export const clientIdField = (opts: FieldOptions & { pattern?: Pattern } = {}) =>
  textField("client_id", "Client ID", opts.pattern ?? patterns.clientId, {
    description: "The OAuth application's client ID.",
    ...opts,
  });

export const clientSecretField = (condition: Condition | undefined): TemplateField => ({
  name: "client_secret",
  label: "Client Secret",
  description: "The OAuth application's client secret. Stored encrypted and never shown again.",
  default: null,
  required: condition ?? true,
  secret: true,
  multiline: false,
  validation: "",
  validation_description: "",
  visibility: condition,
});

export const scopesField = (opts: FieldOptions = {}) =>
  textField("scopes", "Scopes", patterns.scopes, {
    description: "Space-separated scopes requested from the provider.",
    ...opts,
  });

export const urlField = (name: string, label: string, opts: FieldOptions = {}) =>
  textField(name, label, patterns.url, opts);

/** A host given as "example.com" or "https://example.com/" is stored as "https://example.com". */
export const originField = (name: string, label: string, pattern: Pattern, opts: FieldOptions = {}): TemplateField => ({
  ...textField(name, label, pattern, opts),
  normalize: "origin",
});

export { textField };
