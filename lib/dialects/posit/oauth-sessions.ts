// Posit's OAuth session objects as posit-sdk reads them (`client.oauth.sessions`).
import type { OAuthSessionDto } from "@/lib/server/oauth-sessions/oauth-session-dto";
import type { PositOAuthSession } from "./exchange-schemas";
import { positTime } from "./integrations";

export const toPositOAuthSession = (s: OAuthSessionDto): PositOAuthSession => ({
  id: s.id,
  guid: s.guid,
  user_guid: s.userId,
  oauth_integration_guid: s.integrationGuid,
  has_refresh_token: s.hasRefreshToken,
  created_time: positTime(s.createdAt.toISOString()),
  updated_time: positTime(s.updatedAt.toISOString()),
});
