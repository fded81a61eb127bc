import "server-only";
// An app as the OAuth engine needs it: endpoints, client id, and the client secret decrypted for
// the one token request about to be made. Never returned to a caller outside lib/server.
import { AppError } from "@/lib/errors";
import type { OAuthClient } from "@/lib/server/oauth";
import { readSecretValueForUse } from "@/lib/server/secrets/secret-store";
import { CLIENT_SECRET_FIELD, loadOAuthApp, OAUTH_APP_RESOURCE } from "./oauth-app-dto";

export type OAuthAppClient = { appId: number; appName: string; authorizeUrl: string; scope: string; client: OAuthClient };

export async function loadOAuthAppClient(organizationId: string, appId: number): Promise<OAuthAppClient> {
  const app = await loadOAuthApp(organizationId, appId);
  const clientSecret = await readSecretValueForUse(OAUTH_APP_RESOURCE, String(app.id), CLIENT_SECRET_FIELD, app.tokenURI);
  if (!clientSecret) throw new AppError("bad_request", `OAuth application ${app.name} has no client secret.`);
  return {
    appId: app.id,
    appName: app.name,
    authorizeUrl: app.authorizeURI,
    scope: app.scope,
    // HDP apps do not say how the client authenticates; HTTP Basic is the one RFC 6749 requires servers to support.
    client: { tokenUrl: app.tokenURI, clientId: app.clientId, clientSecret, authMethod: "client_secret_basic" },
  };
}
