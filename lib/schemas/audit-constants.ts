// The audit log's filter vocabulary, without zod (client components import it: see list-constants.ts).
import { fieldLabel } from "@/lib/labels";
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
  "oauthApp",
  "oauthProfile",
  "organization",
  "session",
  "user",
] as const;

/** "oauth_app" / "oauthApp" → "OAuth app", "api_key" → "API key" (the one label table, lib/labels.ts). */
export const resourceTypeLabel = (type: string) => fieldLabel(type);

/** The filter fields (not the page position) as they appear in the URL and in the form. */
export const AUDIT_FILTER_KEYS = ["actor", "action", "resourceType", "resourceId", "outcome", "from", "to"] as const;
export type AuditFilterKey = (typeof AUDIT_FILTER_KEYS)[number];
