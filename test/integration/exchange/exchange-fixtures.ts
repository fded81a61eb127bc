// A world for the credential exchange's tests: a team, a loopback oidc-provider (client-credentials
// and authorization code + PKCE with refresh rotation), integrations made through the real service,
// workloads, associations and session tokens made directly (the workload section is not needed).
import { randomBytes, randomUUID } from "node:crypto";
import { env, setEnv } from "@/lib/env";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { exchangeCredentials } from "@/lib/server/exchange/exchange-credentials";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { completeAuthorization } from "@/lib/server/oauth";
import { completeOAuthSessionConnect, resolveOAuthSessionClient } from "@/lib/server/oauth-sessions/complete-oauth-session-connect";
import { startOAuthSessionConnect } from "@/lib/server/oauth-sessions/start-oauth-session-connect";
import { generateContentSessionToken } from "@/lib/server/workloads/session-token-format";
import { signUserSessionToken } from "@/lib/server/workloads/user-session-token";
import { context } from "../../support/fixtures";
import { consentAtProvider } from "../../support/oauth-consent";
import { startOAuthServer, type TestOAuthServer } from "../../support/oauth-server";

if (!env.authSecret()) setEnv("AUTH_SECRET", randomBytes(32).toString("base64"));

export const REDIRECT = "http://127.0.0.1:9/oauth/callback";
export const SERVICE_CLIENT = { client_id: "exchange-service", client_secret: "exchange-service-secret-5e1d" };
export const VIEWER_CLIENT = { client_id: "exchange-viewer", client_secret: "exchange-viewer-secret-77c2", redirect_uris: [REDIRECT] };
export const CONSOLE_URL = "http://console.test";

export const startExchangeProvider = (accessTokenTtl = 3600) =>
  startOAuthServer({ clients: [SERVICE_CLIENT], authorizationCodeClients: [VIEWER_CLIENT], accessTokenTtl });

export async function serviceIntegration(admin: Actor, tokenUrl: string, clientSecret = SERVICE_CLIENT.client_secret) {
  return createIntegration(
    admin,
    {
      name: `service ${randomUUID().slice(0, 6)}`,
      template: "custom",
      config: { auth_type: "Service Account", token_uri: tokenUrl, client_id: SERVICE_CLIENT.client_id, client_secret: clientSecret, token_endpoint_auth_method: "client_secret_basic" },
    },
    context(),
  );
}

export async function viewerIntegration(admin: Actor, server: TestOAuthServer) {
  return createIntegration(
    admin,
    {
      name: `viewer ${randomUUID().slice(0, 6)}`,
      template: "custom",
      config: {
        auth_type: "Viewer",
        authorization_uri: server.authorizeUrl,
        token_uri: server.tokenUrl,
        client_id: VIEWER_CLIENT.client_id,
        client_secret: VIEWER_CLIENT.client_secret,
        scopes: "openid",
      },
    },
    context(),
  );
}

export async function visitorKeyIntegration(admin: Actor, maxRole: "Viewer" | "Publisher" | "Admin") {
  return createIntegration(admin, { name: `visitor ${randomUUID().slice(0, 6)}`, template: "connect", config: { max_role: maxRole } }, context());
}

/** A workload owned by `owner`, associated with the integrations (by guid). */
export async function workload(owner: Actor, integrationGuids: string[] = []) {
  const content = await db.contentItem.create({ data: { organizationId: owner.organizationId, ownerId: owner.userId, name: `workload-${randomUUID().slice(0, 8)}` } });
  for (const guid of integrationGuids) {
    const integration = await db.integration.findUniqueOrThrow({ where: { guid }, select: { id: true } });
    await db.contentAssociation.create({ data: { contentId: content.id, integrationId: integration.id } });
  }
  return content;
}

export async function contentSessionToken(content: { id: string; organizationId: string }) {
  const { token, prefix, hash } = generateContentSessionToken();
  const row = await db.contentSessionToken.create({ data: { contentId: content.id, organizationId: content.organizationId, prefix, hash } });
  return { token, id: row.id };
}

export const userSessionToken = async (user: Actor, content: { id: string }, ttlSeconds?: number) =>
  (await signUserSessionToken({ userId: user.userId, contentId: content.id, organizationId: user.organizationId }, ttlSeconds)).token;

export const GRANT = "urn:ietf:params:oauth:grant-type:token-exchange";
export const CST = "urn:posit:connect:content-session-token";
export const UST = "urn:posit:connect:user-session-token";

export const exchange = (caller: Actor, fields: Record<string, string | string[]>) => {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries({ grant_type: GRANT, ...fields })) for (const v of [value].flat()) form.append(key, v);
  return exchangeCredentials(caller, form, context(), CONSOLE_URL);
};

/** The AppError an exchange fails with (status, message, Posit code), or throws if it succeeds. */
export async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    const e = error as { status?: number; message: string; details?: { positCode?: number } };
    return { status: e.status, message: e.message, positCode: e.details?.positCode };
  }
  throw new Error("the exchange succeeded");
}

/** "Connect your account" through the provider's own login and consent pages. */
export async function connectAccount(user: Actor, integrationGuid: string) {
  const started = await startOAuthSessionConnect(user, integrationGuid, { redirectUri: REDIRECT, binding: null }, context());
  const callback = await consentAtProvider(started.authorizationUrl, { login: user.email });
  const { flow, result } = await completeAuthorization({
    state: callback.searchParams.get("state"),
    code: callback.searchParams.get("code"),
    userId: user.userId,
    binding: started.binding,
    resolveClient: resolveOAuthSessionClient,
  });
  return completeOAuthSessionConnect(flow, result, user, context());
}
