// Objects and valid bodies of the HDP, Fruxon and Versori dialects for the generated proofs: what
// a valid request needs that the documents cannot say (an OAuth application the profile names, an
// app a connection uses, a refresh token the loopback provider really issued, a `state` from a
// started OAuth flow). Posit's are in ./requests.ts.
import { createHash, randomBytes } from "node:crypto";
import { consentAtProvider } from "../../../test/support/oauth-consent";
import { startOAuthServer, type TestOAuthServer } from "../../../test/support/oauth-server";
import { unique } from "../helpers";
import { exchangeBody } from "./exchange-fixtures";
import type { OpenApiDocument } from "./documents";
import { send } from "./http";
import { credentials, principals, type OrgName, type Principal } from "./principals";

/** The loopback OAuth server every proof uses: a client-credentials client and a code client with refresh tokens. */
export const PROOFS_CLIENT = { client_id: "proofs-client", client_secret: "proofs-client-secret-1" };
export const PROOFS_CODE_CLIENT = { client_id: "proofs-code-client", client_secret: "proofs-code-client-secret-1", redirect_uris: ["http://127.0.0.1:9/proofs-callback"] };

export type ProofsProvider = { server: TestOAuthServer; mintRefreshToken(): Promise<string> };

export async function startProofsProvider(): Promise<ProofsProvider> {
  const server = await startOAuthServer({ clients: [PROOFS_CLIENT], authorizationCodeClients: [PROOFS_CODE_CLIENT] });
  return {
    server,
    /** A refresh token the provider issued to the code client (authorization code + PKCE, consented over HTTP). */
    async mintRefreshToken() {
      const verifier = randomBytes(32).toString("base64url");
      const authorize = new URL(server.authorizeUrl);
      for (const [k, v] of Object.entries({
        client_id: PROOFS_CODE_CLIENT.client_id,
        response_type: "code",
        redirect_uri: PROOFS_CODE_CLIENT.redirect_uris[0],
        scope: "openid offline_access",
        prompt: "consent",
        state: randomBytes(8).toString("hex"),
        code_challenge: createHash("sha256").update(verifier).digest("base64url"),
        code_challenge_method: "S256",
      }))
        authorize.searchParams.set(k, v);
      const back = await consentAtProvider(authorize.href, { login: "proofs" });
      const code = back.searchParams.get("code");
      if (!code) throw new Error(`the provider gave no code: ${back.href}`);
      const reply = await fetch(server.tokenUrl, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${Buffer.from(`${PROOFS_CODE_CLIENT.client_id}:${PROOFS_CODE_CLIENT.client_secret}`).toString("base64")}` },
        body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: PROOFS_CODE_CLIENT.redirect_uris[0], code_verifier: verifier }),
      });
      const tokens = (await reply.json()) as { refresh_token?: string };
      if (!tokens.refresh_token) throw new Error(`the provider issued no refresh token: ${JSON.stringify(tokens)}`);
      return tokens.refresh_token;
    },
  };
}

/** Fills the organisation parameter ({tenant}, {organisationId}) with an organisation's slug. */
export const withOrg = (path: string, org: OrgName) => path.replace(/\{(tenant|organisationId)\}/g, principals().slugs[org]);

const HDP = "/api/mgmt";
const ORG = "/api/switchboard/v1alpha1/organisations/{organisationId}";
const FRUXON = "/v1/tenants/{tenant}/integrations";

/** HDP names: letters, digits and underscores only. */
const hdpName = (label: string) => unique(label).replace(/[^A-Za-z0-9_]/g, "_");

export const hdpAppBody = (provider: ProofsProvider, secret?: string) => ({
  name: hdpName("proofs_app"),
  dataStore: 63,
  description: "made by the proofs",
  clientId: PROOFS_CODE_CLIENT.client_id,
  clientSecret: secret ?? PROOFS_CODE_CLIENT.client_secret,
  authorizeURI: provider.server.authorizeUrl,
  tokenURI: provider.server.tokenUrl,
  scope: "openid offline_access",
});

export const hdpProfileBody = (oauthAppId: number, refreshToken?: string) => ({
  name: hdpName("proofs_profile"),
  oauthAppId,
  description: "made by the proofs",
  ...(refreshToken !== undefined && { refreshToken, accessToken: `proofs-access-${randomBytes(6).toString("hex")}` }),
});

export const fruxonBody = (provider: ProofsProvider, secret?: string) => ({
  displayName: "Proofs warehouse",
  description: "made by the proofs",
  tags: ["proofs"],
  configMetadata: {
    authMetadata: [{ id: "custom.service_account", authSettings: { parameters: { client_secret: secret ?? PROOFS_CLIENT.client_secret } } }],
    parametersMetadata: [
      { name: "token_uri", defaultValue: provider.server.tokenUrl },
      { name: "client_id", defaultValue: PROOFS_CLIENT.client_id },
    ],
  },
});

export const fruxonVerifyBody = (provider: ProofsProvider, secret?: string) => ({
  authMetadataId: "custom.service_account",
  authConfig: { parameters: { client_secret: secret ?? PROOFS_CLIENT.client_secret } },
  configParameters: { token_uri: provider.server.tokenUrl, client_id: PROOFS_CLIENT.client_id },
});

export const versoriAppBody = (secret?: string) => ({
  name: unique("Proofs app"),
  server: { name: "Proofs", url: "https://api.proofs.example" },
  authConfigs: [
    { type: "apikey", data: { name: "X-API-Key", in: "header" } },
    { type: "jwtbearer", data: { algorithm: "HS256", secret: secret ?? "proofs-jwt-secret-1" } },
  ],
});

const versoriOAuthAppBody = (provider: ProofsProvider) => ({
  name: unique("Proofs OAuth app"),
  server: { url: provider.server.issuer },
  authConfigs: [
    {
      type: "oauth2",
      data: { flowType: "authorization_code", authorizationEndpoint: provider.server.authorizeUrl, tokenEndpoint: provider.server.tokenUrl, clientId: PROOFS_CODE_CLIENT.client_id, clientSecret: PROOFS_CODE_CLIENT.client_secret, scopes: { openid: "OpenID" } },
    },
  ],
});

export const versoriConnectionBody = (appId: string, secret?: string) => ({ name: unique("Proofs connection"), appId, authType: "apikey", data: { apiKey: secret ?? "proofs-api-key-1" } });
export const versoriBoardBody = () => ({ name: unique("Proofs board"), connectionIds: [] as string[] });

async function post(path: string, owner: Principal, scheme: OpenApiDocument, body: unknown, what: string): Promise<Record<string, unknown>> {
  const created = await send("POST", path, { headers: credentials(scheme, owner), body });
  if (created.status >= 300 || !created.json) throw new Error(`creating ${what} as ${owner.name} for the proofs failed: ${created.status} ${created.text.slice(0, 300)}`);
  return created.json as Record<string, unknown>;
}

// The security schemes, for `credentials` (the same as the documents declare).
const scheme = (s: Record<string, string>) => ({ components: { securitySchemes: { s } }, paths: {} }) as OpenApiDocument;
export const SCHEMES = {
  hdp: scheme({ type: "http", scheme: "basic" }),
  fruxon: scheme({ type: "http", scheme: "bearer" }),
  versori: scheme({ type: "apiKey", in: "header", name: "Authorization" }),
};

/** Objects of an organisation that other objects and bodies name, made once per organisation. */
export type OrgRefs = { hdpAppId: number; versoriAppId: string; versoriOAuthAppId: string; exchangeBody: string };
// Keyed by provider too: a spec file starts its own provider, and objects made for an earlier one
// (now stopped) in the same worker would name a token endpoint that no longer answers.
const refs = new Map<string, Promise<OrgRefs>>();

export function refsOf(org: OrgName, provider: ProofsProvider): Promise<OrgRefs> {
  const key = `${provider.server.tokenUrl} ${org}`;
  let made = refs.get(key);
  if (!made) {
    const admin = principals().adminOf[org];
    made = (async () => ({
      hdpAppId: Number((await post(`${HDP}/oauthapps`, admin, SCHEMES.hdp, hdpAppBody(provider), "an HDP OAuth application")).id),
      versoriAppId: String((await post(withOrg(`${ORG}/apps`, org), admin, SCHEMES.versori, versoriAppBody(), "a Switchboard app")).id),
      versoriOAuthAppId: String((await post(withOrg(`${ORG}/apps`, org), admin, SCHEMES.versori, versoriOAuthAppBody(provider), "a Switchboard OAuth app")).id),
      exchangeBody: await exchangeBody(org, provider),
    }))();
    refs.set(key, made);
  }
  return made;
}

/** A fresh object of one of these dialects' types, owned by `owner` (user-owned) or its organisation. */
export async function createDialectObject(dialect: string, type: string, owner: Principal, provider: ProofsProvider, { realRefreshToken = false } = {}): Promise<string> {
  const admin = principals().adminOf[owner.org];
  const key = `${dialect} ${type}`;
  switch (key) {
    case "hdp oauthApp":
      return String((await post(`${HDP}/oauthapps`, admin, SCHEMES.hdp, hdpAppBody(provider), "an HDP OAuth application")).id);
    case "hdp oauthProfile": {
      const { hdpAppId } = await refsOf(owner.org, provider);
      const refreshToken = realRefreshToken ? await provider.mintRefreshToken() : `proofs-refresh-${randomBytes(6).toString("hex")}`;
      return String((await post(`${HDP}/oauthprofiles`, owner, SCHEMES.hdp, hdpProfileBody(hdpAppId, refreshToken), "an HDP OAuth profile")).id);
    }
    case "fruxon integration":
      return String((await post(withOrg(FRUXON, owner.org), admin, SCHEMES.fruxon, fruxonBody(provider), "a Fruxon integration")).id);
    case "versori app":
      return String((await post(withOrg(`${ORG}/apps`, owner.org), admin, SCHEMES.versori, versoriAppBody(), "a Switchboard app")).id);
    case "versori connection": {
      const { versoriAppId } = await refsOf(owner.org, provider);
      return String((await post(withOrg(`${ORG}/connections`, owner.org), admin, SCHEMES.versori, versoriConnectionBody(versoriAppId), "a Switchboard connection")).id);
    }
    case "versori board":
      return String((await post(withOrg(`${ORG}/boards`, owner.org), admin, SCHEMES.versori, versoriBoardBody(), "a Switchboard board")).id);
    default:
      throw new Error(`no fixture for a ${key}: add one in e2e/support/proofs/fixtures.ts`);
  }
}

/** A `state` of a Switchboard OAuth flow started by `org`'s admin: what the provider's redirect back carries. */
export async function startedFlowState(org: OrgName, provider: ProofsProvider): Promise<string> {
  const { versoriOAuthAppId } = await refsOf(org, provider);
  const init = await post(withOrg(`${ORG}/connection-init`, org), principals().adminOf[org], SCHEMES.versori, { appId: versoriOAuthAppId, authType: "oauth2" }, "a Switchboard OAuth flow");
  const url = (init as { action?: { redirect?: { url?: string } } }).action?.redirect?.url;
  const state = url ? new URL(url).searchParams.get("state") : null;
  if (!state) throw new Error(`connection-init gave no state: ${JSON.stringify(init).slice(0, 300)}`);
  return state;
}

/** A missing object's id in the form the dialect's ids take (numeric for HDP, a slug for Fruxon). */
export function missingIdFor(dialect: string, ownership: string): string {
  if (ownership === "global") return "no-such-object-proofs";
  if (dialect === "hdp") return String(2_000_000_000 + Math.floor(Math.random() * 100_000_000));
  if (dialect === "fruxon") return `proofs-missing-${randomBytes(4).toString("hex")}`;
  return crypto.randomUUID();
}
