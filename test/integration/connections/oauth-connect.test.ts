// OAuth connections against a real authorization server (oidc-provider on loopback):
// connection-init → the provider's own login and consent → the callback creates the connection
// with its tokens stored encrypted → refresh through the shared engine. OIDC through discovery.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/permissions";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { getConnection } from "@/lib/server/connections/get-connection";
import { finishOAuthConnection } from "@/lib/server/connections/finish-oauth-connection";
import { testConnection } from "@/lib/server/connections/refresh-connection";
import { db } from "@/lib/server/db/client";
import { readStoredSecret } from "@/test/support/stored-secret";
import { context, createTeam } from "../../support/fixtures";
import { consentAtProvider } from "../../support/oauth-consent";
import { startOAuthServer, type TestOAuthServer } from "../../support/oauth-server";
import { BASE, call, expectError } from "../../support/switchboard-client";

const REDIRECT = `${BASE}/connections/oauth2/callback`;
const CLIENT = { client_id: "switchboard-app", client_secret: "switchboard-client-secret-4b1d", redirect_uris: [REDIRECT] };

let provider: TestOAuthServer;
let team: Awaited<ReturnType<typeof createTeam>>;
let keys: Record<Role, string>;
let org: string;

beforeAll(async () => {
  // One after the other: on a loaded machine, a team's three transactions next to the provider's
  // start-up once missed Prisma's 2 s transaction start.
  team = await createTeam();
  provider = await startOAuthServer({ authorizationCodeClients: [CLIENT] });
  const key = async (role: Role) => (await createApiKey(team[role], { name: role }, context())).key;
  keys = { admin: await key("admin"), publisher: await key("publisher"), viewer: await key("viewer") };
  org = `/organisations/${team.organization.slug}`;
});
afterAll(() => provider?.stop());

const callbackParams = (url: URL) => ({ state: url.searchParams.get("state"), code: url.searchParams.get("code"), error: url.searchParams.get("error"), errorDescription: url.searchParams.get("error_description") });

async function oauthApp(type: "oauth2" | "oidc") {
  const data =
    type === "oauth2"
      ? { flowType: "authorization_code", authorizationEndpoint: provider.authorizeUrl, tokenEndpoint: provider.tokenUrl, clientId: CLIENT.client_id, clientSecret: CLIENT.client_secret, scopes: { openid: "OpenID" } }
      : { discoveryUrl: `${provider.issuer}/.well-known/openid-configuration`, clientId: CLIENT.client_id, clientSecret: CLIENT.client_secret };
  const created = await call("POST", `${org}/apps`, { key: keys.admin, body: { name: `Loopback ${type}`, server: { url: provider.issuer }, authConfigs: [{ type, data }, { type: "apikey", data: { name: "X-Key", in: "header" } }] } });
  expect(created.status, created.text).toBe(200);
  return created.body.id as string;
}

describe("OAuth connections", () => {
  for (const type of ["oauth2", "oidc"] as const) {
    it(`${type}: connection-init redirects to the provider; the callback stores tokens and creates the connection; refresh rotates them`, async () => {
      const appId = await oauthApp(type);
      const init = await call("POST", `${org}/connection-init`, { key: keys.admin, body: { appId, authType: type, name: `${type} via consent` } });
      expect(init.status, init.text).toBe(200);
      const url = new URL(init.body.action.redirect.url);
      expect(`${url.origin}${url.pathname}`).toBe(provider.authorizeUrl);
      expect(url.searchParams.get("code_challenge_method")).toBe("S256");
      expect(url.searchParams.get("redirect_uri")).toBe(REDIRECT);
      expect(url.searchParams.get("state")).toBeTruthy();

      const back = await consentAtProvider(url.href);
      const outcome = await finishOAuthConnection({ ...callbackParams(back), binding: null, sessionUserId: null }, context());
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      // The state is single use.
      await expect(finishOAuthConnection({ ...callbackParams(back), binding: null, sessionUserId: null }, context())).rejects.toMatchObject({ status: 400 });

      const read = await call("GET", `${org}/connections/${outcome.connectionId}`, { key: keys.publisher });
      expect(read.body).toMatchObject({ name: `${type} via consent`, authType: type, authConfig: { type, isValid: true } });
      const dto = await getConnection(team.admin, outcome.connectionId, context());
      expect(dto.token).toMatchObject({ state: "active", accessToken: true, refreshToken: true });
      const firstAccess = await readStoredSecret("connection", outcome.connectionId, "accessToken");
      const firstRefresh = await readStoredSecret("connection", outcome.connectionId, "refreshToken");
      expect(provider.issuedAccessTokens).toContain(firstAccess);

      const refreshed = await testConnection(team.admin, outcome.connectionId, context());
      expect(refreshed).toMatchObject({ ok: true, kind: "refresh" });
      const secondAccess = await readStoredSecret("connection", outcome.connectionId, "accessToken");
      expect(secondAccess).not.toBe(firstAccess);
      expect(await readStoredSecret("connection", outcome.connectionId, "refreshToken")).not.toBe(firstRefresh);
      expect((await getConnection(team.admin, outcome.connectionId, context())).token?.lastRefreshAt).toBeTruthy();

      // Its data cannot be replaced (only the name); tokens never appear anywhere readable.
      expectError(await call("PUT", `${org}/connections/${outcome.connectionId}`, { key: keys.admin, body: { name: "x", data: { apiKey: "k" } } }), 400, /OAuth/);
      expect((await call("PUT", `${org}/connections/${outcome.connectionId}`, { key: keys.admin, body: { name: "renamed", data: {} } })).body.name).toBe("renamed");
      const list = await call("GET", `${org}/connections?appId=${appId}`, { key: keys.admin });
      const stored = await db.$queryRawUnsafe<{ row: string }[]>(`SELECT t::text AS row FROM audit_events t UNION ALL SELECT t::text FROM connections t UNION ALL SELECT t::text FROM oauth_credentials t`);
      const everything = [init.text, read.text, list.text, JSON.stringify(dto), JSON.stringify(refreshed), ...stored.map((r) => r.row)].join("\n");
      for (const token of [firstAccess, firstRefresh, secondAccess, CLIENT.client_secret]) expect(everything).not.toContain(token);
      // Deleting the connection removes its tokens and credential facts.
      await call("DELETE", `${org}/connections/${outcome.connectionId}`, { key: keys.admin });
      expect(await db.oAuthCredential.count({ where: { resourceId: outcome.connectionId } })).toBe(0);
      expect(await db.secret.count({ where: { resourceId: outcome.connectionId } })).toBe(0);
    });
  }

  it("a refusal at the provider creates nothing and is audited; form types get the JSON Schema", async () => {
    const appId = await oauthApp("oauth2");
    const init = await call("POST", `${org}/connection-init`, { key: keys.admin, body: { appId, authType: "oauth2" } });
    const state = new URL(init.body.action.redirect.url).searchParams.get("state");
    const before = await db.connection.count({ where: { organizationId: team.organization.id } });
    const outcome = await finishOAuthConnection({ state, code: null, error: "access_denied", errorDescription: "The user said no", binding: null, sessionUserId: null }, context());
    expect(outcome).toMatchObject({ ok: false, error: "access_denied: The user said no" });
    expect(await db.connection.count({ where: { organizationId: team.organization.id } })).toBe(before);

    const form = await call("POST", `${org}/connection-init`, { key: keys.admin, body: { appId, authType: "apikey" } });
    expect(form.body.action.form.schema).toMatchObject({ type: "object", required: ["apiKey"], properties: { apiKey: { type: "string", writeOnly: true } } });
    const basic = await call("POST", `${org}/connection-init`, { key: keys.admin, body: { appId: "generic-rest", authType: "httpBasicAuth" } });
    expect(basic.body.action.form.schema).toMatchObject({ required: ["user", "password"] });
    expectError(await call("POST", `${org}/connection-init`, { key: keys.publisher, body: { appId, authType: "apikey" } }), 403);
    expectError(await call("POST", `${org}/connection-init`, { key: keys.admin, body: { appId, authType: "jwtbearer" } }), 400, /does not support/);
    expectError(await call("POST", `${org}/connection-init`, { key: keys.admin, body: { appId: "github", authType: "oauth2" } }), 400, /incomplete/);
    expectError(await call("POST", `${org}/connection-init`, { key: keys.admin, body: { appId, authType: "oauth2", returnTo: "//evil.example" } }), 400, /returnTo/);
  });
});
