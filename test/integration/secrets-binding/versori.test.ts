// Versori Switchboard apps and connections, through the route handlers, with a loopback
// "attacker" listener: an app's client secret and its connections' secrets and tokens are only
// ever sent to the token endpoint (or OIDC discovery URL) they were stored for.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/permissions";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { finishOAuthConnection } from "@/lib/server/connections/finish-oauth-connection";
import { getConnection } from "@/lib/server/connections/get-connection";
import { testConnection } from "@/lib/server/connections/refresh-connection";
import { db } from "@/lib/server/db/client";
import { context, createTeam } from "@/test/support/fixtures";
import { consentAtProvider } from "@/test/support/oauth-consent";
import { startOAuthServer, type TestOAuthServer } from "@/test/support/oauth-server";
import { BASE, call, expectError } from "@/test/support/switchboard-client";
import { startAttackerListener, type AttackerListener } from "@/test/support/attacker-listener";

const REDIRECT = `${BASE}/connections/oauth2/callback`;
const CODE_CLIENT = { client_id: "versori-binding", client_secret: `versori-app-secret-${randomUUID()}`, redirect_uris: [REDIRECT] };
const CC_CLIENT = { client_id: "versori-binding-cc", client_secret: `versori-connection-secret-${randomUUID()}` };

let provider: TestOAuthServer;
let attacker: AttackerListener;
let team: Awaited<ReturnType<typeof createTeam>>;
let keys: Record<Role, string>;
let org: string;
beforeAll(async () => {
  team = await createTeam();
  provider = await startOAuthServer({ clients: [CC_CLIENT], authorizationCodeClients: [CODE_CLIENT] });
  attacker = await startAttackerListener();
  const key = async (role: Role) => (await createApiKey(team[role], { name: role }, context())).key;
  keys = { admin: await key("admin"), publisher: await key("publisher"), viewer: await key("viewer") };
  org = `/organisations/${team.organization.slug}`;
});
afterAll(async () => {
  await provider?.stop();
  await attacker?.stop();
});

const codeConfig = (tokenEndpoint: string, clientSecret?: string) => ({
  type: "oauth2",
  data: { flowType: "authorization_code", authorizationEndpoint: provider.authorizeUrl, tokenEndpoint, clientId: CODE_CLIENT.client_id, ...(clientSecret && { clientSecret }), scopes: { openid: "OpenID" } },
});
const appBody = (name: string, config: object) => ({ name, server: { url: provider.issuer }, authConfigs: [config] });

async function connectedApp() {
  const name = `Code ${randomUUID().slice(0, 6)}`;
  const created = await call("POST", `${org}/apps`, { key: keys.admin, body: appBody(name, codeConfig(provider.tokenUrl, CODE_CLIENT.client_secret)) });
  expect(created.status, created.text).toBe(200);
  const appId = created.body.id as string;
  const init = await call("POST", `${org}/connection-init`, { key: keys.admin, body: { appId, authType: "oauth2", name: "via consent" } });
  const back = await consentAtProvider(init.body.action.redirect.url);
  const outcome = await finishOAuthConnection({ state: back.searchParams.get("state"), code: back.searchParams.get("code"), error: null, errorDescription: null, binding: null, sessionUserId: null }, context());
  if (!outcome.ok) throw new Error("connect failed");
  return { appId, name, connectionId: outcome.connectionId };
}

async function clientCredentialsConnection() {
  const name = `CC ${randomUUID().slice(0, 6)}`;
  const created = await call("POST", `${org}/apps`, { key: keys.admin, body: appBody(name, { type: "oauth2", data: { flowType: "client_credentials", tokenEndpoint: provider.tokenUrl } }) });
  expect(created.status, created.text).toBe(200);
  const appId = created.body.id as string;
  const connection = await call("POST", `${org}/connections`, { key: keys.admin, body: { name: "cc", appId, authType: "oauth2", data: { clientId: CC_CLIENT.client_id, clientSecret: CC_CLIENT.client_secret } } });
  expect(connection.status, connection.text).toBe(201);
  return { appId, name, connectionId: connection.body.id as string };
}

const nothingSecretReached = () => {
  const received = attacker.received();
  for (const secret of [CODE_CLIENT.client_secret, CC_CLIENT.client_secret, ...provider.issuedRefreshTokens, ...provider.issuedAccessTokens]) expect(received).not.toContain(secret);
};

describe("a Versori app's secrets and its connections' secrets and tokens stay with the app's endpoint", () => {
  it("PUT of an app with a new tokenEndpoint and no clientSecret is refused (400 naming the field); the connection still refreshes at the provider", async () => {
    const { appId, name, connectionId } = await connectedApp();
    const refused = await call("PUT", `${org}/apps/${appId}`, { key: keys.admin, body: appBody(name, codeConfig(attacker.tokenUrl)) });
    expectError(refused, 400, /requires the oauth2\.clientSecret again/);
    expect(refused.body.extensions.fieldErrors).toEqual({ "oauth2.clientSecret": ["required when oauth2.tokenEndpoint changes"] });
    expect(await testConnection(team.admin, connectionId, context())).toMatchObject({ ok: true, kind: "refresh" });
    nothingSecretReached();
  });

  it("PUT of an app with a new tokenEndpoint and a new clientSecret drops its connections' tokens: nothing of the old grant reaches the new endpoint", async () => {
    const { appId, name, connectionId } = await connectedApp();
    const updated = await call("PUT", `${org}/apps/${appId}`, { key: keys.admin, body: appBody(name, codeConfig(attacker.tokenUrl, `fresh-${randomUUID()}`)) });
    expect(updated.status, updated.text).toBe(200);
    expect((await getConnection(team.admin, connectionId, context())).token).toBeNull();
    expect(await db.secret.count({ where: { resourceType: "connection", resourceId: connectionId } })).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: team.organization.id, action: "app.update", resourceId: appId, outcome: "success" } });
    expect(event.detail).toMatch(/endpoint changed \(oauth2\.tokenEndpoint\).*dropped from 1 connection/);
    const before = attacker.seen.length;
    expect(await testConnection(team.admin, connectionId, context())).toMatchObject({ ok: false });
    expect(attacker.seen.length).toBe(before);
    nothingSecretReached();
  });

  it("a client-credentials connection's secret is dropped when its app's tokenEndpoint moves, and never sent there", async () => {
    const { appId, name, connectionId } = await clientCredentialsConnection();
    expect(await testConnection(team.admin, connectionId, context())).toMatchObject({ ok: true, kind: "client_credentials" });
    const moved = await call("PUT", `${org}/apps/${appId}`, { key: keys.admin, body: appBody(name, { type: "oauth2", data: { flowType: "client_credentials", tokenEndpoint: attacker.tokenUrl } }) });
    expect(moved.status, moved.text).toBe(200);
    const before = attacker.seen.length;
    await expect(testConnection(team.admin, connectionId, context())).rejects.toMatchObject({ status: 400 });
    expect(attacker.seen.length).toBe(before);
    nothingSecretReached();
  });

  it("an app edited behind the services' back (the database row) still sends no connection secret", async () => {
    const { appId, connectionId } = await clientCredentialsConnection();
    await db.app.update({ where: { id: appId }, data: { authConfigs: [{ type: "oauth2", data: { flowType: "client_credentials", tokenEndpoint: attacker.tokenUrl } }] } });
    const before = attacker.seen.length;
    await expect(testConnection(team.admin, connectionId, context())).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/enter the clientSecret again/) });
    expect(attacker.seen.length).toBe(before);
    nothingSecretReached();
  });
});
