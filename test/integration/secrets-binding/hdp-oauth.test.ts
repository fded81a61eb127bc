// HDP's OAuth applications and profiles (through the services the /api/mgmt routes call) with a
// loopback "attacker" listener: an app's client secret and its profiles' refresh tokens are only
// ever sent to the token URI they were stored for. Connect and refresh against a real
// oidc-provider still work.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { completeAuthorization } from "@/lib/server/oauth/authorization-code";
import { createOAuthApp } from "@/lib/server/oauth-apps/create-oauth-app";
import { updateOAuthApp } from "@/lib/server/oauth-apps/update-oauth-app";
import { completeOAuthProfileConnect, resolveProfileClient } from "@/lib/server/oauth-profiles/complete-oauth-profile-connect";
import { createOAuthProfile } from "@/lib/server/oauth-profiles/create-oauth-profile";
import { getOAuthProfile } from "@/lib/server/oauth-profiles/get-oauth-profile";
import { refreshOAuthProfile } from "@/lib/server/oauth-profiles/refresh-oauth-profile";
import { startOAuthProfileConnect } from "@/lib/server/oauth-profiles/start-oauth-profile-connect";
import { updateOAuthProfile } from "@/lib/server/oauth-profiles/update-oauth-profile";
import { context, createTeam } from "@/test/support/fixtures";
import { consentAtProvider } from "@/test/support/oauth-consent";
import { startOAuthServer, type TestOAuthServer } from "@/test/support/oauth-server";
import { startAttackerListener, type AttackerListener } from "@/test/support/attacker-listener";

const REDIRECT = "http://127.0.0.1:9/oauth/callback";
const CLIENT = { client_id: "hdp-binding", client_secret: `hdp-stored-secret-${randomUUID()}`, redirect_uris: [REDIRECT] };
let provider: TestOAuthServer;
let attacker: AttackerListener;
beforeAll(async () => {
  provider = await startOAuthServer({ authorizationCodeClients: [CLIENT] });
  attacker = await startAttackerListener();
});
afterAll(async () => {
  await provider?.stop();
  await attacker?.stop();
});

const appBody = (overrides: Record<string, unknown> = {}) => ({
  name: `App_${randomUUID().slice(0, 8)}`,
  dataStore: 54,
  description: "",
  clientId: CLIENT.client_id,
  clientSecret: CLIENT.client_secret,
  authorizeURI: provider.authorizeUrl,
  tokenURI: provider.tokenUrl,
  scope: "openid",
  ...overrides,
});

/** An admin, a member, an app on the real provider and the member's profile holding real tokens from Connect. */
async function connectedProfile() {
  const team = await createTeam();
  const app = await createOAuthApp(team.admin, appBody(), context());
  const started = await startOAuthProfileConnect(team.publisher, { name: `P_${randomUUID().slice(0, 6)}`, oauthAppId: app.id, description: "" }, { redirectUri: REDIRECT, binding: null }, context());
  const callback = await consentAtProvider(started.authorizationUrl);
  const { flow, result } = await completeAuthorization({
    state: callback.searchParams.get("state"),
    code: callback.searchParams.get("code"),
    userId: team.publisher.userId,
    binding: started.binding,
    resolveClient: resolveProfileClient,
  });
  const to = await completeOAuthProfileConnect(flow, result, team.publisher, context());
  const id = Number(/^\/oauth-profiles\/(\d+)\?connect=done$/.exec(to)?.[1]);
  return { ...team, app, id };
}

const nothingSecretReached = () => {
  const received = attacker.received();
  expect(received).not.toContain(CLIENT.client_secret);
  for (const token of provider.issuedRefreshTokens) expect(received).not.toContain(token);
  for (const token of provider.issuedAccessTokens) expect(received).not.toContain(token);
};

describe("an HDP app's secret and its profiles' tokens stay with the app's token URI", () => {
  it("PUT of an app with a new tokenURI and no clientSecret is refused (400 naming clientSecret); a refresh for a member still goes to the stored endpoint", async () => {
    const { organization, admin, publisher, app, id } = await connectedProfile();
    const ctx = context();
    await expect(updateOAuthApp(admin, app.id, appBody({ name: app.name, tokenURI: attacker.tokenUrl, clientSecret: undefined }), {}, ctx)).rejects.toMatchObject({
      status: 400,
      details: { fieldErrors: { clientSecret: [expect.stringMatching(/tokenURI/)] } },
    });
    const refusal = await db.auditEvent.findFirstOrThrow({ where: { requestId: ctx.requestId, action: "oauthApp.update" } });
    expect(refusal).toMatchObject({ outcome: "failure", detail: expect.stringMatching(/tokenURI changed without a new clientSecret/) });
    // An admin refreshing on a member's behalf (?user=) reaches the real provider, and it works.
    const refreshed = await refreshOAuthProfile(admin, id, { user: publisher.email }, context());
    expect(refreshed.outcome).toMatchObject({ status: "refreshed" });
    nothingSecretReached();
    const audit = JSON.stringify((await db.auditEvent.findMany({ where: { organizationId: organization.id } })).map((e) => ({ ...e, id: String(e.id) })));
    expect(audit).not.toContain(CLIENT.client_secret);
  });

  it("PUT of an app with a new tokenURI and a new clientSecret drops every profile's tokens: the refresh sends no refresh token there", async () => {
    const { admin, publisher, app, id } = await connectedProfile();
    const fresh = `fresh-${randomUUID()}`;
    const ctx = context();
    const updated = await updateOAuthApp(admin, app.id, appBody({ name: app.name, tokenURI: attacker.tokenUrl, clientSecret: fresh }), {}, ctx);
    expect(updated.tokenURI).toBe(attacker.tokenUrl);
    const event = await db.auditEvent.findFirstOrThrow({ where: { requestId: ctx.requestId, action: "oauthApp.update" } });
    expect(event.detail).toBe("endpoint changed (tokenURI); client secret replaced; tokens dropped from 1 profile(s)");
    expect(await getOAuthProfile(publisher, id, {}, context())).toMatchObject({ accessTokenSet: false, refreshTokenSet: false });
    const before = attacker.seen.length;
    expect((await refreshOAuthProfile(admin, id, { user: publisher.email }, context())).outcome).toMatchObject({ status: "no_credential" });
    expect(attacker.seen.length).toBe(before);
    nothingSecretReached();
  });

  it("a profile moved to another app (an admin's app on the attacker's host) loses its tokens: nothing of the old grant reaches the new host", async () => {
    const { admin, publisher, id } = await connectedProfile();
    const other = await createOAuthApp(admin, appBody({ tokenURI: attacker.tokenUrl, clientSecret: `other-${randomUUID()}` }), context());
    const ctx = context();
    const moved = await updateOAuthProfile(publisher, id, { name: `Moved_${randomUUID().slice(0, 6)}`, description: "", oauthAppId: other.id }, {}, {}, ctx);
    expect(moved).toMatchObject({ oauthAppId: other.id, accessTokenSet: false, refreshTokenSet: false });
    const event = await db.auditEvent.findFirstOrThrow({ where: { requestId: ctx.requestId, action: "oauthProfile.update" } });
    expect(event.detail).toMatch(/moved to another app: stored tokens dropped/);
    const before = attacker.seen.length;
    expect((await refreshOAuthProfile(publisher, id, {}, context())).outcome).toMatchObject({ status: "no_credential" });
    expect(attacker.seen.length).toBe(before);
    nothingSecretReached();
  });

  it("an app row moved behind the services' back (the database edited) still sends neither the secret nor a refresh token", async () => {
    const { admin, publisher, app, id } = await connectedProfile();
    await db.oAuthApp.update({ where: { id: app.id }, data: { tokenUri: attacker.tokenUrl } });
    const before = attacker.seen.length;
    await expect(refreshOAuthProfile(admin, id, { user: publisher.email }, context())).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/enter the clientSecret again/) });
    expect(attacker.seen.length).toBe(before);
    nothingSecretReached();
  });

  it("pasted tokens are stored for the app's token URI: a refresh with them goes to the provider only", async () => {
    const { admin, publisher } = await createTeam();
    const app = await createOAuthApp(admin, appBody(), context());
    const pasted = `pasted-refresh-${randomUUID()}`;
    const profile = await createOAuthProfile(publisher, { name: `Pasted_${randomUUID().slice(0, 6)}`, description: "", oauthAppId: app.id, accessToken: "a-1234567", refreshToken: pasted }, {}, context());
    // The provider never issued it: it answers invalid_grant, which proves where it went.
    expect((await refreshOAuthProfile(publisher, profile.id, {}, context())).outcome).toMatchObject({ status: "needs_reauthorization", error: "invalid_grant" });
    expect(attacker.received()).not.toContain(pasted);
  });
});
