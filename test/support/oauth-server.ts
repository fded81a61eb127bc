// A real OAuth 2.0 authorization server for tests: oidc-provider 9 on 127.0.0.1 (free port) with
// the client-credentials grant enabled. Tokens come from `${issuer}/token`.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type TestOAuthClient = {
  client_id: string;
  client_secret: string;
  token_endpoint_auth_method?: "client_secret_basic" | "client_secret_post";
  /** Space-separated scopes the client may request. */
  scope?: string;
};

export type TestOAuthServer = {
  issuer: string;
  tokenUrl: string;
  /** Every access token the server issued, so tests can prove one never leaks anywhere. */
  issuedAccessTokens: string[];
  stop(): Promise<void>;
};

type ProviderLike = {
  callback(): http.RequestListener;
  on(event: "grant.success", listener: (ctx: { body?: { access_token?: unknown } }) => void): void;
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
  clients,
  scopes = [],
}: {
  clients: TestOAuthClient[];
  /** Scopes the server knows, beyond `openid`/`offline_access`. */
  scopes?: string[];
}): Promise<TestOAuthServer> {
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const issuedAccessTokens: string[] = [];

  try {
    await quietly(async () => {
      // @ts-expect-error -- oidc-provider 9 ships no type declarations
      const oidcProvider: { default: ProviderConstructor } = await import("oidc-provider");
      const Provider = oidcProvider.default;
      const provider = new Provider(issuer, {
        clients: clients.map((client) => ({
          client_id: client.client_id,
          client_secret: client.client_secret,
          grant_types: ["client_credentials"],
          response_types: [],
          redirect_uris: [],
          token_endpoint_auth_method: client.token_endpoint_auth_method ?? "client_secret_basic",
          ...(client.scope ? { scope: client.scope } : {}),
        })),
        scopes: ["openid", "offline_access", ...scopes],
        ttl: { ClientCredentials: 600 },
        features: {
          clientCredentials: { enabled: true },
          devInteractions: { enabled: false },
          introspection: { enabled: false },
          revocation: { enabled: false },
        },
      });
      provider.on("grant.success", (ctx) => {
        if (typeof ctx.body?.access_token === "string") issuedAccessTokens.push(ctx.body.access_token);
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
    issuedAccessTokens,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
