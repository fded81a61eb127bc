import "server-only";
// The OAuth client an app's oauth2 (authorization code) or oidc config describes: endpoints
// (from the OIDC discovery document when there is one, fetched through the SSRF guard), client id,
// scopes, and — only for the token request itself — the client secret from the secret store.
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { AppDto, AuthConfigType } from "@/lib/schemas/apps";
import { APP_RESOURCE, appSecretField } from "@/lib/server/apps/app-dto";
import { authConfigEndpoint } from "@/lib/server/apps/app-endpoint";
import { guardedRequest } from "@/lib/server/oauth/ssrf-guard";
import { readSecretValueForUse } from "@/lib/server/secrets/secret-store";
import type { OAuthClient } from "@/lib/server/oauth";

export type AppOAuthEndpoints = { authorizeUrl: string; tokenUrl: string; clientId: string; scope: string };

async function discover(discoveryUrl: string): Promise<{ authorization_endpoint?: unknown; token_endpoint?: unknown }> {
  const response = await guardedRequest(discoveryUrl, { allowPrivateNetwork: env.allowPrivateNetwork(), label: "OIDC discovery document", timeoutMs: 5_000 });
  if (response.status !== 200) throw new AppError("upstream_failed", `The OIDC discovery document answered HTTP ${response.status}`);
  try {
    return JSON.parse(response.body);
  } catch {
    throw new AppError("upstream_failed", "The OIDC discovery document is not JSON");
  }
}

export async function appOAuthEndpoints(app: AppDto, authType: AuthConfigType): Promise<AppOAuthEndpoints> {
  const config = app.supportedAuthConfigs.find((c) => c.type === authType);
  if (!config || (authType !== "oauth2" && authType !== "oidc")) throw new AppError("validation_failed", `App "${app.name}" has no ${authType} configuration`);
  const data = config.data as Record<string, unknown>;
  const scopes = Object.keys((data.scopes ?? {}) as Record<string, string>);
  if (authType === "oidc" && !scopes.includes("openid")) scopes.unshift("openid");
  let authorizeUrl = typeof data.authorizationEndpoint === "string" ? data.authorizationEndpoint : "";
  let tokenUrl = typeof data.tokenEndpoint === "string" ? data.tokenEndpoint : "";
  if (authType === "oidc" && typeof data.discoveryUrl === "string" && data.discoveryUrl) {
    const document = await discover(data.discoveryUrl);
    if (typeof document.authorization_endpoint !== "string" || typeof document.token_endpoint !== "string") {
      throw new AppError("upstream_failed", "The OIDC discovery document names no authorization or token endpoint");
    }
    authorizeUrl = document.authorization_endpoint;
    tokenUrl = document.token_endpoint;
  }
  if (!authorizeUrl || !tokenUrl) throw new AppError("validation_failed", `App "${app.name}" has no authorization or token endpoint for ${authType}`);
  return { authorizeUrl, tokenUrl, clientId: String(data.clientId ?? ""), scope: scopes.join(" ") };
}

/** For the token request only: never return what this reads. */
export async function appOAuthClient(app: AppDto, authType: AuthConfigType, tokenUrl: string): Promise<OAuthClient> {
  const config = app.supportedAuthConfigs.find((c) => c.type === authType);
  // Stored for the config's discovery URL or token endpoint: refused for any other.
  const clientSecret = config ? await readSecretValueForUse(APP_RESOURCE, app.id, appSecretField(authType, "clientSecret"), authConfigEndpoint(config) ?? "") : null;
  if (!config || !clientSecret) throw new AppError("validation_failed", `App "${app.name}" has no client secret for ${authType}`);
  return { tokenUrl, clientId: String(config.data.clientId ?? ""), clientSecret, authMethod: "client_secret_basic" };
}
