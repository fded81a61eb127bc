// "Verify" against a real OAuth 2.0 server: oidc-provider 9 on loopback, client-credentials grant.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { requestClientCredentialsToken } from "@/lib/server/oauth/client-credentials";
import { startOAuthServer, type TestOAuthServer } from "../../support/oauth-server";

// Characters that client_secret_basic must form-urlencode before base64 (RFC 6749 §2.3.1).
const BASIC_SECRET = "basic-s3cret: +/&=%~ with spaces";
const POST_SECRET = "post-s3cret&scope=admin";

let oauth: TestOAuthServer;

beforeAll(async () => {
  oauth = await startOAuthServer({
    clients: [
      { client_id: "console basic:client", client_secret: BASIC_SECRET, token_endpoint_auth_method: "client_secret_basic", scope: "api:read api:write" },
      { client_id: "console-post", client_secret: POST_SECRET, token_endpoint_auth_method: "client_secret_post" },
    ],
    scopes: ["api:read", "api:write"],
  });
});

afterAll(async () => {
  await oauth?.stop();
});

async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("requestClientCredentialsToken against oidc-provider", () => {
  it("gets a token with client_secret_basic and returns everything but the token", async () => {
    const before = oauth.issuedAccessTokens.length;
    const result = await requestClientCredentialsToken({
      tokenUrl: oauth.tokenUrl,
      clientId: "console basic:client",
      clientSecret: BASIC_SECRET,
      scope: "api:read",
      authMethod: "client_secret_basic",
      allowPrivateNetwork: true,
    });
    expect(result).toEqual({ ok: true, tokenType: "Bearer", expiresIn: 600, scope: "api:read" });

    expect(oauth.issuedAccessTokens.length).toBe(before + 1);
    const token = oauth.issuedAccessTokens.at(-1)!;
    expect(token.length).toBeGreaterThan(20);
    const serialized = JSON.stringify(result);
    expect(serialized).not.toContain(token);
    expect(serialized).not.toMatch(/access_token|accessToken/i);
    expect(serialized).not.toContain(BASIC_SECRET);
  });

  it("answers invalid_client for a wrong secret, without echoing it", async () => {
    const result = await requestClientCredentialsToken({
      tokenUrl: oauth.tokenUrl,
      clientId: "console basic:client",
      clientSecret: "not-the-secret",
      authMethod: "client_secret_basic",
      allowPrivateNetwork: true,
    });
    expect(result).toMatchObject({ ok: false, error: "invalid_client", status: 401 });
    expect(JSON.stringify(result)).not.toContain("not-the-secret");
  });

  it("gets a token with client_secret_post", async () => {
    const result = await requestClientCredentialsToken({
      tokenUrl: oauth.tokenUrl,
      clientId: "console-post",
      clientSecret: POST_SECRET,
      authMethod: "client_secret_post",
      allowPrivateNetwork: true,
    });
    expect(result).toEqual({ ok: true, tokenType: "Bearer", expiresIn: 600 });
    expect(JSON.stringify(result)).not.toContain(oauth.issuedAccessTokens.at(-1)!);
  });

  it("reads CONSOLE_ALLOW_PRIVATE_NETWORK when allowPrivateNetwork is not given (the test setup allows it)", async () => {
    const result = await requestClientCredentialsToken({
      tokenUrl: oauth.tokenUrl,
      clientId: "console-post",
      clientSecret: POST_SECRET,
      authMethod: "client_secret_post",
    });
    expect(result.ok).toBe(true);
  });

  it("refuses the loopback server when private networks are not allowed, before sending anything", async () => {
    const before = oauth.issuedAccessTokens.length;
    for (const tokenUrl of [oauth.tokenUrl, oauth.tokenUrl.replace("127.0.0.1", "localhost"), oauth.tokenUrl.replace("http:", "https:")]) {
      const error = await requestClientCredentialsToken({
        tokenUrl,
        clientId: "console-post",
        clientSecret: POST_SECRET,
        authMethod: "client_secret_post",
        allowPrivateNetwork: false,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("bad_request");
      expect((error as AppError).message).not.toContain(POST_SECRET);
    }
    const https = await requestClientCredentialsToken({
      tokenUrl: oauth.tokenUrl.replace("http:", "https:"),
      clientId: "console-post",
      clientSecret: POST_SECRET,
      authMethod: "client_secret_post",
      allowPrivateNetwork: false,
    }).catch((e: unknown) => e);
    expect((https as AppError).message).toMatch(/resolves to a private or loopback address.*not allowed/);
    expect(oauth.issuedAccessTokens.length).toBe(before);
  });

  it("reports an unreachable port clearly", async () => {
    const port = await freePort();
    const result = await requestClientCredentialsToken({
      tokenUrl: `http://127.0.0.1:${port}/token`,
      clientId: "console-post",
      clientSecret: POST_SECRET,
      authMethod: "client_secret_post",
      allowPrivateNetwork: true,
    });
    expect(result).toEqual({
      ok: false,
      error: "connection_failed",
      errorDescription: 'could not connect to host "127.0.0.1" of the token endpoint (connection refused)',
    });
  });

  it("times out against a server that never answers, within the timeout", async () => {
    const silent = http.createServer(() => {
      /* accepts the request, never responds */
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = silent.address() as AddressInfo;
      const started = performance.now();
      const result = await requestClientCredentialsToken({
        tokenUrl: `http://127.0.0.1:${port}/token`,
        clientId: "console-post",
        clientSecret: POST_SECRET,
        authMethod: "client_secret_post",
        timeoutMs: 300,
        allowPrivateNetwork: true,
      });
      const elapsed = performance.now() - started;
      expect(result).toEqual({ ok: false, error: "timeout", errorDescription: "the token endpoint timed out after 0.3 s" });
      expect(elapsed).toBeGreaterThanOrEqual(250);
      expect(elapsed).toBeLessThan(1500);
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it("reports a non-JSON answer without guessing", async () => {
    const html = http.createServer((_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<html>Bad Gateway</html>");
    });
    await new Promise<void>((resolve) => html.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = html.address() as AddressInfo;
      const result = await requestClientCredentialsToken({
        tokenUrl: `http://127.0.0.1:${port}/token`,
        clientId: "console-post",
        clientSecret: POST_SECRET,
        authMethod: "client_secret_post",
        allowPrivateNetwork: true,
      });
      expect(result).toEqual({ ok: false, error: "http_error", errorDescription: "the token endpoint answered HTTP 502 without an OAuth error", status: 502 });
    } finally {
      await new Promise((resolve) => html.close(resolve));
    }
  });
});
