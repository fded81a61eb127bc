// The audit log's filter vocabulary, without zod (client components import it: see list-constants.ts).
export const AUDIT_OUTCOMES = ["success", "denied", "failure"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Resource types the filter offers (a section adding a type appends it); others still filter by URL. */
export const AUDIT_RESOURCE_TYPES = [
  "api_key",
  "app",
  "board",
  "connection",
  "content",
  "group",
  "integration",
  "master_key",
  "oauth_app",
  "oauth_profile",
  "organization",
  "session",
  "user",
] as const;

/** "oauth_app" → "OAuth app", "api_key" → "API key". */
export const resourceTypeLabel = (type: string) =>
  type
    .split("_")
    .map((word, i) => ({ api: "API", oauth: "OAuth", id: "ID" })[word] ?? (i === 0 ? word[0].toUpperCase() + word.slice(1) : word))
    .join(" ");

/** The filter fields (not the page position) as they appear in the URL and in the form. */
export const AUDIT_FILTER_KEYS = ["actor", "action", "resourceType", "resourceId", "outcome", "from", "to"] as const;
export type AuditFilterKey = (typeof AUDIT_FILTER_KEYS)[number];
