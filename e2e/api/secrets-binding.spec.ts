// "A stored secret is only ever sent where it was stored for", over HTTP against the running
// console, through every API door: Fruxon's :verifyConfig, Posit's PATCH + verify, HDP's app PUT
// and profile refresh (for a member, with ?user=), a profile moved to another app, and Versori's
// app PUT. A loopback listener stands in for the attacker's host; it must receive no stored
// secret and no refresh token, while the legitimate verify and refresh still reach the real
// loopback provider.
import { expect, test, type APIResponse } from "@playwright/test";
import { E2E_ADMIN } from "../../playwright.config";
import { startAttackerListener, type AttackerListener } from "../../test/support/attacker-listener";
import { startOAuthServer, type TestOAuthServer } from "../../test/support/oauth-server";
import { tableText } from "../support/database";
import { unique } from "../support/helpers";
import { roleKeys } from "../support/roles";

const CLIENT = { client_id: "binding-e2e", client_secret: unique("binding-stored-secret") };
const CODE_CLIENT = { client_id: "binding-e2e-code", client_secret: unique("binding-app-secret"), redirect_uris: ["http://localhost:1/oauth/callback"] };
const canaries: string[] = [CLIENT.client_secret, CODE_CLIENT.client_secret];
const canary = (label: string) => {
  const value = unique(`binding-${label}`);
  canaries.push(value);
  return value;
};

let provider: TestOAuthServer;
let attacker: AttackerListener;
test.beforeAll(async () => {
  provider = await startOAuthServer({ clients: [CLIENT], authorizationCodeClients: [CODE_CLIENT] });
  attacker = await startAttackerListener();
});
test.afterAll(async () => {
  await provider?.stop();
  await attacker?.stop();
});

const positKey = () => ({ Authorization: `Key ${roleKeys().admin}` });
const bearer = () => ({ Authorization: `Bearer ${roleKeys().admin}` });
const hdpAdmin = () => ({ Authorization: `Basic ${Buffer.from(`${E2E_ADMIN.email}:${roleKeys().admin}`).toString("base64")}` });
const hdpPublisher = () => ({ Authorization: `Basic ${Buffer.from(`${roleKeys().publisherEmail}:${roleKeys().publisher}`).toString("base64")}` });

async function ok(response: APIResponse, status = 200) {
  expect(response.status(), await response.text()).toBe(status);
  return response.json();
}

function attackerGotNothing() {
  const received = attacker.received();
  for (const value of canaries) expect(received).not.toContain(value);
}

const serviceAccount = (name: string) => ({
  name,
  template: "custom",
  config: { auth_type: "Service Account", token_uri: provider.tokenUrl, client_id: CLIENT.client_id, client_secret: CLIENT.client_secret, token_endpoint_auth_method: "client_secret_basic" },
});

test("Fruxon :verifyConfig with configParameters.token_uri on another host and no client_secret: 400 naming client_secret, nothing sent", async ({ request }) => {
  const slug = unique("fruxon-binding");
  await ok(
    await request.post("/v1/tenants/default/integrations", {
      headers: bearer(),
      data: {
        id: slug,
        displayName: "Fruxon binding",
        configMetadata: {
          authMetadata: [{ id: "custom.service_account", authSettings: { parameters: { client_secret: CLIENT.client_secret } } }],
          parametersMetadata: [
            { name: "token_uri", defaultValue: provider.tokenUrl },
            { name: "client_id", defaultValue: CLIENT.client_id },
          ],
        },
      },
    }),
    201,
  );
  const url = `/v1/tenants/default/integrations/${slug}:verifyConfig`;
  const before = attacker.seen.length;
  const refused = await request.post(url, { headers: bearer(), data: { authMetadataId: "custom.service_account", authConfig: {}, configParameters: { token_uri: attacker.tokenUrl } } });
  expect(refused.status(), await refused.text()).toBe(400);
  const problem = await refused.json();
  expect(problem.errors?.client_secret?.[0]).toMatch(/token_uri/);
  expect(attacker.seen.length).toBe(before);
  // The same request for the stored endpoint still verifies against the real provider.
  const verified = await ok(await request.post(url, { headers: bearer(), data: { authMetadataId: "custom.service_account", authConfig: {}, configParameters: { token_uri: provider.tokenUrl } } }));
  expect(verified.success).toBe(true);
  attackerGotNothing();
});

test("Posit PATCH with only config.token_uri: 400 in Posit's body; the next verify goes to the stored endpoint", async ({ request }) => {
  const created = await ok(await request.post("/__api__/v1/oauth/integrations", { headers: positKey(), data: serviceAccount(unique("Posit binding")) }));
  const url = `/__api__/v1/oauth/integrations/${created.guid}`;
  const refused = await request.patch(url, { headers: positKey(), data: { config: { token_uri: attacker.tokenUrl } } });
  expect(refused.status(), await refused.text()).toBe(400);
  expect(await refused.json()).toEqual({ code: expect.any(Number), error: expect.stringMatching(/token_uri requires the client_secret again/), payload: null });
  expect((await ok(await request.get(url, { headers: positKey() }))).config.token_uri).toBe(provider.tokenUrl);
  const verified = await ok(await request.post(`${url}/verify`, { headers: positKey() }));
  expect(JSON.stringify(verified)).not.toContain(attacker.origin);
  attackerGotNothing();
  // The refusal is audited, without the secret.
  const audit = await tableText("audit_events");
  expect(audit).toMatch(/refused: token_uri changed without a new client_secret/);
  for (const value of canaries) expect(audit).not.toContain(value);
});

test("HDP: an app's new tokenURI without clientSecret is refused; with one, every profile's tokens are dropped; a moved profile keeps none", async ({ request }) => {
  const appBody = (name: string, tokenURI: string, clientSecret?: string) => ({
    name,
    dataStore: 54,
    description: "",
    clientId: CODE_CLIENT.client_id,
    ...(clientSecret && { clientSecret }),
    authorizeURI: provider.authorizeUrl,
    tokenURI,
    scope: "openid",
  });
  const name = unique("Binding").replace(/-/g, "_");
  const app = await ok(await request.post("/api/mgmt/oauthapps", { headers: hdpAdmin(), data: appBody(name, provider.tokenUrl, CODE_CLIENT.client_secret) }), 201);
  const refreshToken = canary("refresh");
  const profile = await ok(await request.post("/api/mgmt/oauthprofiles", { headers: hdpPublisher(), data: { name: unique("P").replace(/-/g, "_"), oauthAppId: app.id, refreshToken } }), 201);
  const refreshForMember = () => request.post(`/api/mgmt/oauthprofiles/${profile.id}/refresh?user=${encodeURIComponent(roleKeys().publisherEmail)}`, { headers: hdpAdmin() });

  const refused = await request.put(`/api/mgmt/oauthapps/${app.id}`, { headers: hdpAdmin(), data: appBody(name, attacker.tokenUrl) });
  expect(refused.status(), await refused.text()).toBe(400);
  expect((await refused.json()).error.message.value).toMatch(/tokenURI requires the clientSecret again/);
  // The refresh still goes to the provider, which never issued this token: needs reauthorization.
  expect((await refreshForMember()).status()).toBe(409);
  attackerGotNothing();

  await ok(await request.put(`/api/mgmt/oauthapps/${app.id}`, { headers: hdpAdmin(), data: appBody(name, attacker.tokenUrl, canary("new-secret-for-new-host")) }));
  canaries.pop(); // the new secret was given for the new host: it may go there
  const after = await ok(await request.get(`/api/mgmt/oauthprofiles/${profile.id}?user=${encodeURIComponent(roleKeys().publisherEmail)}`, { headers: hdpAdmin() }));
  expect(after).toMatchObject({ accessTokenSet: false, refreshTokenSet: false });
  const answer = await refreshForMember();
  expect(answer.status()).toBeLessThan(500);
  attackerGotNothing();

  // A profile with tokens moved to an app on another host loses them.
  const home = await ok(await request.post("/api/mgmt/oauthapps", { headers: hdpAdmin(), data: appBody(unique("Home").replace(/-/g, "_"), provider.tokenUrl, CODE_CLIENT.client_secret) }), 201);
  const moving = await ok(await request.post("/api/mgmt/oauthprofiles", { headers: hdpPublisher(), data: { name: unique("M").replace(/-/g, "_"), oauthAppId: home.id, refreshToken: canary("moving-refresh") } }), 201);
  const moved = await ok(await request.put(`/api/mgmt/oauthprofiles/${moving.id}`, { headers: hdpPublisher(), data: { name: moving.name, description: "", oauthAppId: app.id } }));
  expect(moved).toMatchObject({ oauthAppId: app.id, accessTokenSet: false, refreshTokenSet: false });
  expect((await request.post(`/api/mgmt/oauthprofiles/${moving.id}/refresh`, { headers: hdpPublisher() })).status()).toBeLessThan(500);
  attackerGotNothing();
});

test("Versori: an app's new tokenEndpoint without its clientSecret is refused, naming the field", async ({ request }) => {
  const API = "/api/switchboard/v1alpha1/organisations/default/apps";
  const raw = { Authorization: roleKeys().admin };
  const config = (tokenEndpoint: string, clientSecret?: string) => ({
    type: "oauth2",
    data: { flowType: "authorization_code", authorizationEndpoint: provider.authorizeUrl, tokenEndpoint, clientId: CODE_CLIENT.client_id, ...(clientSecret && { clientSecret }), scopes: { openid: "OpenID" } },
  });
  const name = unique("Binding app");
  const app = await ok(await request.post(API, { headers: raw, data: { name, server: { url: provider.issuer }, authConfigs: [config(provider.tokenUrl, CODE_CLIENT.client_secret)] } }));
  const refused = await request.put(`${API}/${app.id}`, { headers: raw, data: { name, server: { url: provider.issuer }, authConfigs: [config(attacker.tokenUrl)] } });
  expect(refused.status(), await refused.text()).toBe(400);
  expect((await refused.json()).extensions.fieldErrors).toEqual({ "oauth2.clientSecret": ["required when oauth2.tokenEndpoint changes"] });
  attackerGotNothing();
});
