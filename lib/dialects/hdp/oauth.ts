import "server-only";
// HDP's OAuth application and profile objects, as HDP shapes them but without the secrets HDP
// itself returns (clientSecret, accessToken, refreshToken): each secret is reported as set or not
// and when it changed instead.
import type { OAuthAppDto } from "@/lib/schemas/oauth-apps";
import type { OAuthProfileDto } from "@/lib/schemas/oauth-profiles";
import { oauthAppEtag } from "@/lib/server/oauth-apps/oauth-app-dto";
import { oauthProfileEtag } from "@/lib/server/oauth-profiles/oauth-profile-dto";
import type { HdpOAuthApp, HdpOAuthProfile } from "./schemas";

export const toHdpOAuthApp = (app: OAuthAppDto): HdpOAuthApp => ({
  id: app.id,
  name: app.name,
  dataStore: app.dataStore,
  tenantId: app.tenantId,
  description: app.description,
  clientId: app.clientId,
  authorizeURI: app.authorizeURI,
  tokenURI: app.tokenURI,
  scope: app.scope,
  clientSecretSet: app.clientSecretSet,
  clientSecretUpdatedAt: app.clientSecretUpdatedAt,
  clientSecretExpiresAt: app.clientSecretExpiresAt,
  profileCount: app.profileCount,
  createdAt: app.createdAt,
  updatedAt: app.updatedAt,
});

export const toHdpOAuthProfile = (profile: OAuthProfileDto): HdpOAuthProfile => ({
  id: profile.id,
  name: profile.name,
  description: profile.description,
  oauthAppId: profile.oauthAppId,
  authorizeURI: profile.authorizeURI,
  tokenURI: profile.tokenURI,
  scope: profile.scope,
  user: profile.owner.email,
  state: profile.state,
  accessTokenSet: profile.accessTokenSet,
  accessTokenUpdatedAt: profile.accessTokenUpdatedAt,
  accessTokenExpiresAt: profile.accessTokenExpiresAt,
  refreshTokenSet: profile.refreshTokenSet,
  refreshTokenUpdatedAt: profile.refreshTokenUpdatedAt,
  lastRefreshedAt: profile.lastRefreshedAt,
  lastRefreshError: profile.lastRefreshError,
  createdAt: profile.createdAt,
  updatedAt: profile.updatedAt,
});

export function hdpAppResponse(app: OAuthAppDto, status = 200, base?: string): Response {
  const headers: Record<string, string> = { etag: oauthAppEtag(app) };
  if (status === 201 && base) headers.location = `${base}/${app.id}`;
  return Response.json(toHdpOAuthApp(app), { status, headers });
}

export function hdpProfileResponse(profile: OAuthProfileDto, status = 200, base?: string, extra: Record<string, unknown> = {}): Response {
  const headers: Record<string, string> = { etag: oauthProfileEtag(profile) };
  if (status === 201 && base) headers.location = `${base}/${profile.id}`;
  return Response.json({ ...toHdpOAuthProfile(profile), ...extra }, { status, headers });
}

/** Where a created resource lives, as an absolute URL on the request's origin. */
export const collectionUrl = (url: URL) => `${url.origin}${url.pathname.replace(/\/$/, "")}`;
