import "server-only";
// Where a user's OAuth session keeps its tokens: the OAuth engine's credential under
// ("oauth_session", guid) — two secret-store fields plus the non-secret facts row.
import type { CredentialRef } from "@/lib/server/oauth";

export const OAUTH_SESSION_RESOURCE = "oauth_session";
export const OAUTH_SESSION_TARGET = "oauthSession";

export const oauthSessionCredential = (organizationId: string, guid: string): CredentialRef => ({
  organizationId,
  resourceType: OAUTH_SESSION_RESOURCE,
  resourceId: guid,
});
