// A real OAuth 2.0 authorization server for tests: oidc-provider 9 on 127.0.0.1 (free port, or
// `port`). Client-credentials clients get tokens from `${issuer}/token`; authorization-code clients
// go through the provider's own login and consent pages (devInteractions: any login and password
// are accepted), must use PKCE, and get refresh tokens that rotate on every use (a rotated-away
// token presented again is refused with invalid_grant, and the provider revokes the whole grant).
// With `identities` it is an OpenID provider for single sign-on: the login name is the subject,
// whose claims (email, groups, …) the test may change between sign-ins; they are in the ID token.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type TestOAuthClient = {
  client_id: string;
  client_secret: string;
  token_endpoint_auth_method?: "client_secret_basic" | "client_secret_post";
  /** Space-separated scopes the client may request. */
  scope?: string;
};

/** A client for the browser flow: authorization code + PKCE, refresh tokens. */
export type TestAuthorizationCodeClient = {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
  token_endpoint_auth_method?: "client_secret_basic" | "client_secret_post";
};

export type TestOAuthServer = {
  issuer: string;
  tokenUrl: string;
  authorizeUrl: string;
  /** Every access token the server issued, so tests can prove one never leaks anywhere. */
  issuedAccessTokens: string[];
  /** Every refresh token the server issued. */
  issuedRefreshTokens: string[];
  /** Every ID token the server issued (single sign-on). */
  issuedIdTokens: string[];
  /** How many requests reached the token endpoint (to prove concurrent refreshes made one). */
  tokenRequests(): number;
  /** Revokes a refresh token (RFC 7009, through the provider's revocation endpoint). */
  revoke(token: string, client: { client_id: string; client_secret: string }): Promise<void>;
  stop(): Promise<void>;
};

type GrantContext = { body?: { access_token?: unknown; refresh_token?: unknown; id_token?: unknown } };
type ProviderLike = {
  callback(): http.RequestListener;
  on(event: "grant.success", listener: (ctx: GrantContext) => void): void;
};
type ProviderConstructor = new (issuer: string, configuration: Record<string, unknown>) => ProviderLike;

// oidc-provider warns on Node 20 ("Unsupported runtime", it works) and about its quick-start
// in-memory adapter and signing keys, which is exactly what a test wants: keep those quiet.
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].includes("oidc-provider WARNING")) return;
    warn(...args);
  };
  try {
    return await work();
  } finally {
    console.warn = warn;
  }
}

export async function startOAuthServer({
  clients = [],
  authorizationCodeClients = [],
  scopes = [],
  port: wantedPort = 0,
  accessTokenTtl = 3600,
  identities,
}: {
  clients?: TestOAuthClient[];
  authorizationCodeClients?: TestAuthorizationCodeClient[];
  /** Scopes the server knows, beyond `openid`/`offline_access`. */
  scopes?: string[];
  port?: number;
  accessTokenTtl?: number;
  /** Claims per subject (the login name on the provider's login page), read at each sign-in. */
  identities?: Map<string, Record<string, unknown>>;
}): Promise<TestOAuthServer> {
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(wantedPort, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const issuedAccessTokens: string[] = [];
  const issuedRefreshTokens: string[] = [];
  const issuedIdTokens: string[] = [];
  let tokenRequests = 0;
  server.on("request", (request: http.IncomingMessage) => {
    if (request.method === "POST" && request.url?.split("?")[0] === "/token") tokenRequests += 1;
  });

  try {
    await quietly(async () => {
      // @ts-expect-error -- oidc-provider 9 ships no type declarations
      const oidcProvider: { default: ProviderConstructor } = await import("oidc-provider");
      const Provider = oidcProvider.default;
      const provider = new Provider(issuer, {
        clients: [
          ...clients.map((client) => ({
            client_id: client.client_id,
            client_secret: client.client_secret,
            grant_types: ["client_credentials"],
            response_types: [],
            redirect_uris: [],
            token_endpoint_auth_method: client.token_endpoint_auth_method ?? "client_secret_basic",
            ...(client.scope ? { scope: client.scope } : {}),
          })),
          ...authorizationCodeClients.map((client) => ({
            client_id: client.client_id,
            client_secret: client.client_secret,
            grant_types: ["authorization_code", "refresh_token"],
            response_types: ["code"],
            redirect_uris: client.redirect_uris,
            token_endpoint_auth_method: client.token_endpoint_auth_method ?? "client_secret_basic",
          })),
        ],
        scopes: ["openid", "offline_access", ...(identities ? ["email", "profile"] : []), ...scopes],
        ttl: { ClientCredentials: 600, AccessToken: accessTokenTtl, AuthorizationCode: 60, Interaction: 600, Session: 3600, Grant: 86_400, RefreshToken: 86_400, IdToken: 3600 },
        findAccount: async (_ctx: unknown, sub: string) => ({ accountId: sub, claims: async () => ({ ...identities?.get(sub), sub }) }),
        ...(identities
          ? {
              claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["given_name", "family_name", "groups"] },
              // As most identity providers do: the requested claims in the ID token itself.
              conformIdTokenClaims: false,
            }
          : {}),
        // Refresh tokens for every code client (no offline_access dance), rotated on every use,
        // and not tied to the provider's browser session.
        issueRefreshToken: async (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) => client.grantTypeAllowed("refresh_token"),
        rotateRefreshToken: () => true,
        expiresWithSession: async () => false,
        pkce: { required: () => true },
        features: {
          clientCredentials: { enabled: true },
          devInteractions: { enabled: authorizationCodeClients.length > 0 },
          introspection: { enabled: false },
          revocation: { enabled: true, allowedPolicy: async () => true },
        },
      });
      provider.on("grant.success", (ctx) => {
        if (typeof ctx.body?.access_token === "string") issuedAccessTokens.push(ctx.body.access_token);
        if (typeof ctx.body?.refresh_token === "string") issuedRefreshTokens.push(ctx.body.refresh_token);
        if (typeof ctx.body?.id_token === "string") issuedIdTokens.push(ctx.body.id_token);
      });
      server.on("request", provider.callback());
    });
  } catch (error) {
    server.close();
    throw error;
  }

  return {
    issuer,
    tokenUrl: `${issuer}/token`,
    authorizeUrl: `${issuer}/auth`,
    issuedAccessTokens,
    issuedRefreshTokens,
    issuedIdTokens,
    tokenRequests: () => tokenRequests,
    async revoke(token, client) {
      const response = await fetch(`${issuer}/token/revocation`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          authorization: `Basic ${Buffer.from(`${encodeURIComponent(client.client_id)}:${encodeURIComponent(client.client_secret)}`).toString("base64")}`,
        },
        body: new URLSearchParams({ token, token_type_hint: "refresh_token" }),
      });
      if (!response.ok) throw new Error(`revocation failed: HTTP ${response.status} ${await response.text()}`);
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
