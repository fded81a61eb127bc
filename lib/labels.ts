// People's words for the names the code uses: schema paths and secret fields ("clientId",
// "data.apiKey" → "Client ID", "API key") and the messages that name a field by its path
// ("clientId is required" → "Client ID is required"). One table for every form, detail page and
// the audit log (client and server); audit actions' words are in action-labels.ts, which forms
// do not load.

/** Where the words differ from what the key spells (the rest is spelled out by `fieldLabel`). */
const FIELD_LABELS: Record<string, string> = {
  authorizeURI: "Authorization URL",
  tokenURI: "Token URL",
  dataStore: "Data store",
  oauthAppId: "OAuth app",
  appId: "App",
  scope: "Scope",
  scopes: "Scopes",
  login: "Email or username",
  expiresInDays: "Expires in (days)",
  user_guid: "User",
  userGuid: "User",
};

const WORDS: Record<string, string> = { id: "ID", ids: "IDs", uri: "URI", url: "URL", api: "API", oauth: "OAuth", json: "JSON", http: "HTTP", https: "HTTPS", jwt: "JWT", sso: "SSO", oidc: "OIDC", pkce: "PKCE", guid: "GUID" };

/** "clientId" / "client_secret" / "data.apiKey" / "authorizeURI" → "Client ID" / "Client secret" / "API key" / "Authorization URL". */
export function fieldLabel(path: string): string {
  const key = path.split(".").at(-1)!.replace(/\[\d+\]$/, "");
  if (FIELD_LABELS[key]) return FIELD_LABELS[key];
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((word) => WORDS[word.toLowerCase()] ?? word.toLowerCase());
  if (words.length === 0) return key;
  return words[0][0].toUpperCase() + words[0].slice(1) + (words.length > 1 ? ` ${words.slice(1).join(" ")}` : "");
}

// A message that starts with a schema path: "clientId is required", "data.apiKey must not be empty".
const LEADING_PATH = /^([a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+|\[\d+\])*) (?=(?:is|are|must|should|has|have|cannot|can't|needs|may|does|was|contains|looks|already)\b)/;
// A form's control fixes the type: "is required and must be a number" says only "is required".
const TYPE_CLAUSE = /\s+and must be an? (?:string|number|integer|boolean|array|object|list)\b/;
// zod's own wording for a missing value.
const ZOD_MISSING = /^Invalid input: expected \w+, received (?:undefined|null)$/;

/**
 * A validation message in people's words: a leading schema path becomes the field's label (the
 * form's own label when given, else `fieldLabel(path)`), and type clauses a control makes moot go.
 */
export function labelMessage(message: string, label?: string): string {
  if (ZOD_MISSING.test(message)) return label ? `${label} is required` : "Required";
  const match = LEADING_PATH.exec(message);
  const text = match ? `${label ?? fieldLabel(match[1])} ${message.slice(match[0].length)}` : message;
  return text.replace(TYPE_CLAUSE, "");
}
