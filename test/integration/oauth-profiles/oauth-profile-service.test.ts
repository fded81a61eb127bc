// OAuth profiles (a user's tokens for an OAuth app) through their services on the embedded
// PostgreSQL: permissions (role × owner × organisation), ?user=, validation, ETags, refresh and
// Connect against a real oidc-provider, and canary tokens that must appear in no DTO or audit row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { oauthProfileListQuerySchema } from "@/lib/schemas/oauth-profiles";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { OAUTH_BINDING_COOKIE } from "@/lib/server/oauth";
import { completeAuthorization } from "@/lib/server/oauth/authorization-code";
import { createOAuthApp } from "@/lib/server/oauth-apps/create-oauth-app";
import { completeOAuthProfileConnect, resolveProfileClient } from "@/lib/server/oauth-profiles/complete-oauth-profile-connect";
import { createOAuthProfile } from "@/lib/server/oauth-profiles/create-oauth-profile";
import { deleteOAuthProfile } from "@/lib/server/oauth-profiles/delete-oauth-profile";
import { getOAuthProfile } from "@/lib/server/oauth-profiles/get-oauth-profile";
import { listAllOAuthProfiles, searchOAuthProfiles } from "@/lib/server/oauth-profiles/list-oauth-profiles";
import { oauthProfileEtag } from "@/lib/server/oauth-profiles/oauth-profile-dto";
import { refreshOAuthProfile } from "@/lib/server/oauth-profiles/refresh-oauth-profile";
import { startOAuthProfileConnect, startOAuthProfileReconnect } from "@/lib/server/oauth-profiles/start-oauth-profile-connect";
import { updateOAuthProfile } from "@/lib/server/oauth-profiles/update-oauth-profile";
import { readStoredSecret } from "@/test/support/stored-secret";
import { context, createMember, createTeam } from "../../support/fixtures";
import { consentAtProvider } from "../../support/oauth-consent";
import { startOAuthServer, type TestOAuthServer } from "../../support/oauth-server";
import { HDP_CLIENT, HDP_REDIRECT, auditText, canary, collect, oauthAppBody } from "../../support/hdp-oauth";

let provider: TestOAuthServer;
beforeAll(async () => {
  provider = await startOAuthServer({ authorizationCodeClients: [HDP_CLIENT] });
});
afterAll(() => provider?.stop());

const appBody = (name?: string, clientSecret?: string) => oauthAppBody(provider, name, clientSecret);

describe("OAuth profiles", () => {
  async function setup() {
    const team = await createTeam();
    const other = await createTeam();
    const publisher2 = await createMember(team.organization, "publisher");
    const app = await createOAuthApp(team.admin, appBody(undefined, HDP_CLIENT.client_secret), context());
    return { ...team, other, publisher2, app };
  }

  it("takes the seed's PUT body verbatim and never returns a token", async () => {
    const { publisher, app } = await setup();
    const created = await createOAuthProfile(publisher, { name: "User_1", oauthAppId: app.id, refreshToken: "rt-0001" }, {}, context());
    const seed = { name: "User_1", oauthAppId: app.id, description: "OAuth profile 1", accessToken: "111c334445e55", refreshToken: "222d88899966fa" };
    const updated = await updateOAuthProfile(publisher, created.id, seed, {}, {}, context());
    expect(updated).toMatchObject({ id: created.id, name: "User_1", oauthAppId: app.id, description: "OAuth profile 1", accessTokenSet: true, refreshTokenSet: true, version: 2 });
    const serialized = JSON.stringify(updated);
    expect(serialized).not.toContain("111c334445e55");
    expect(serialized).not.toContain("222d88899966fa");
    expect(await readStoredSecret("oauthProfile", String(created.id), "refreshToken")).toBe("222d88899966fa");
    expect(await readStoredSecret("oauthProfile", String(created.id), "accessToken")).toBe("111c334445e55");
    // Omitted and empty tokens keep the stored ones.
    await updateOAuthProfile(publisher, created.id, { name: "User_1", oauthAppId: app.id, accessToken: "" }, {}, { ifMatch: oauthProfileEtag(updated) }, context());
    expect(await readStoredSecret("oauthProfile", String(created.id), "accessToken")).toBe("111c334445e55");
    await expect(updateOAuthProfile(publisher, created.id, seed, {}, { ifMatch: oauthProfileEtag(updated) }, context())).rejects.toMatchObject({ status: 412 });
    expect(await auditText(publisher.organizationId)).not.toMatch(/111c334445e55|222d88899966fa/);
  });

  it("refuses other users' profiles to non-admins (404), ?user= to non-admins (403, audited), and lets admins act for a user", async () => {
    const { organization, admin, publisher, viewer, publisher2, other, app } = await setup();
    const mine = await createOAuthProfile(publisher, { name: "Mine", oauthAppId: app.id, refreshToken: canary("rt") }, {}, context());
    const viewers = await createOAuthProfile(viewer, { name: "Viewers", oauthAppId: app.id, refreshToken: canary("rt") }, {}, context());
    expect(viewers.owner.email).toBe(viewer.email);

    const refusedToOthers = async (actor: Actor, status: number) => {
      await expect(getOAuthProfile(actor, mine.id, {}, context())).rejects.toMatchObject({ status });
      await expect(updateOAuthProfile(actor, mine.id, { name: "X", oauthAppId: app.id }, {}, {}, context())).rejects.toMatchObject({ status });
      await expect(deleteOAuthProfile(actor, mine.id, {}, {}, context())).rejects.toMatchObject({ status });
      await expect(refreshOAuthProfile(actor, mine.id, {}, context())).rejects.toMatchObject({ status });
    };
    await refusedToOthers(publisher2, 404);
    await refusedToOthers(viewer, 404);
    await refusedToOthers(other.admin, 404);
    // An admin reaches it only by naming the owner.
    await refusedToOthers(admin, 404);
    expect(await getOAuthProfile(admin, mine.id, { user: publisher.email }, context())).toMatchObject({ id: mine.id });

    for (const actor of [publisher2, viewer]) {
      await expect(getOAuthProfile(actor, mine.id, { user: publisher.email }, context())).rejects.toMatchObject({ status: 403 });
      await expect(listAllOAuthProfiles(actor, { user: publisher.email }, context())).rejects.toMatchObject({ status: 403 });
      await expect(createOAuthProfile(actor, { name: "Sneaky", oauthAppId: app.id, refreshToken: "x" }, { user: publisher.email }, context())).rejects.toMatchObject({ status: 403 });
    }
    const denials = await db.auditEvent.count({ where: { organizationId: organization.id, outcome: "denied", action: "oauthProfile.actForUser" } });
    expect(denials).toBe(6);
    await expect(getOAuthProfile(other.admin, mine.id, { user: publisher.email }, context())).rejects.toMatchObject({ status: 404, message: expect.stringMatching(/User not found/) });

    // Lists: own only; ?user= for admins; the console's "all" for admins.
    expect((await collect(await listAllOAuthProfiles(publisher, {}, context()))).map((p) => p.name)).toEqual(["Mine"]);
    expect(await collect(await listAllOAuthProfiles(publisher2, {}, context()))).toEqual([]);
    expect((await collect(await listAllOAuthProfiles(admin, { user: viewer.email }, context()))).map((p) => p.name)).toEqual(["Viewers"]);
    const all = await searchOAuthProfiles(admin, oauthProfileListQuerySchema.parse({ owner: "all" }), context());
    expect(all.items.map((p) => p.name)).toEqual(["Mine", "Viewers"]);
    await expect(searchOAuthProfiles(publisher, oauthProfileListQuerySchema.parse({ owner: "all" }), context())).rejects.toMatchObject({ status: 403 });

    // An admin creates, updates and deletes for a user; the audit says on whose behalf.
    const forUser = await createOAuthProfile(admin, { name: "ForPub", oauthAppId: app.id, refreshToken: canary("rt") }, { user: publisher.email }, context());
    expect(forUser.owner.email).toBe(publisher.email);
    await updateOAuthProfile(admin, forUser.id, { name: "ForPub2", oauthAppId: app.id }, { user: publisher.email }, {}, context());
    await deleteOAuthProfile(admin, forUser.id, { user: publisher.email }, {}, context());
    const onBehalf = await db.auditEvent.findMany({ where: { organizationId: organization.id, resourceId: String(forUser.id) }, orderBy: { id: "asc" } });
    expect(onBehalf.map((e) => [e.action, e.detail])).toEqual([
      ["oauthProfile.create", `on behalf of ${publisher.email}`],
      ["oauthProfile.update", `on behalf of ${publisher.email}`],
      ["oauthProfile.delete", `on behalf of ${publisher.email}`],
    ]);
  });

  it("rejects bad input with nothing changed", async () => {
    const { publisher, app, other } = await setup();
    const otherApp = await createOAuthApp(other.admin, appBody(), context());
    for (const [body, field] of [
      [{ name: "bad-name", oauthAppId: app.id, refreshToken: "x" }, "name"],
      [{ name: "Ok", oauthAppId: 999_999_999, refreshToken: "x" }, "oauthAppId"],
      [{ name: "Ok", oauthAppId: otherApp.id, refreshToken: "x" }, "oauthAppId"],
      [{ name: "Ok", oauthAppId: app.id }, "refreshToken"],
      [{ name: "Ok", oauthAppId: String(app.id), refreshToken: "x" }, "oauthAppId"],
      [{ name: 7, oauthAppId: app.id, refreshToken: "x" }, "name"],
      [{ name: "Ok", oauthAppId: app.id, refreshToken: 12 }, "refreshToken"],
    ] as const) {
      await expect(createOAuthProfile(publisher, body, {}, context())).rejects.toMatchObject({ status: 400, details: { fieldErrors: { [field]: expect.any(Array) } } });
    }
    await expect(createOAuthProfile(publisher, { name: "Ok", oauthAppId: otherApp.id, refreshToken: "x" }, {}, context())).rejects.toMatchObject({
      message: `Invalid OAuthApplicationId: ${otherApp.id}`,
    });
    expect(await db.oAuthProfile.count({ where: { ownerId: publisher.userId } })).toBe(0);
    const created = await createOAuthProfile(publisher, { name: "Ok", oauthAppId: app.id, refreshToken: "x" }, {}, context());
    await expect(createOAuthProfile(publisher, { name: "Ok", oauthAppId: app.id, refreshToken: "y" }, {}, context())).rejects.toMatchObject({ status: 409 });
    await expect(updateOAuthProfile(publisher, created.id, { name: "Ok", oauthAppId: otherApp.id }, {}, {}, context())).rejects.toMatchObject({ status: 400 });
    expect(await getOAuthProfile(publisher, created.id, {}, context())).toMatchObject({ oauthAppId: app.id, version: 1 });
  });

  it("connects in the browser flow, refreshes, and asks for reauthorization once revoked", async () => {
    const { organization, publisher, app } = await setup();
    const request = { redirectUri: HDP_REDIRECT, binding: null };
    const started = await startOAuthProfileConnect(publisher, { name: "Connected_1", oauthAppId: app.id, description: "from Connect" }, request, context());
    expect(new URL(started.authorizationUrl).searchParams.get("client_id")).toBe(HDP_CLIENT.client_id);
    const callback = await consentAtProvider(started.authorizationUrl);
    const { flow, result } = await completeAuthorization({
      state: callback.searchParams.get("state"),
      code: callback.searchParams.get("code"),
      userId: publisher.userId,
      binding: started.binding,
      resolveClient: resolveProfileClient,
    });
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    const to = await completeOAuthProfileConnect(flow, result, publisher, context());
    expect(to).toMatch(/connect=done/);
    const id = Number(/^\/oauth-profiles\/(\d+)\?connect=done$/.exec(to)?.[1]);
    const profile = await getOAuthProfile(publisher, id, {}, context());
    expect(profile).toMatchObject({ name: "Connected_1", description: "from Connect", state: "active", accessTokenSet: true, refreshTokenSet: true });
    expect(profile.accessTokenExpiresAt).not.toBeNull();
    const firstAccess = await readStoredSecret("oauthProfile", String(id), "accessToken");
    expect(firstAccess).toBe(provider.issuedAccessTokens.at(-1));

    const refreshed = await refreshOAuthProfile(publisher, id, {}, context());
    expect(refreshed.outcome).toMatchObject({ status: "refreshed", rotated: true });
    expect(refreshed.profile.lastRefreshedAt).not.toBeNull();
    expect(await readStoredSecret("oauthProfile", String(id), "accessToken")).toBe(provider.issuedAccessTokens.at(-1));
    for (const token of [...provider.issuedAccessTokens, ...provider.issuedRefreshTokens]) expect(JSON.stringify(refreshed)).not.toContain(token);

    await provider.revoke((await readStoredSecret("oauthProfile", String(id), "refreshToken"))!, HDP_CLIENT);
    expect((await refreshOAuthProfile(publisher, id, {}, context())).outcome).toMatchObject({ status: "needs_reauthorization" });
    expect(await getOAuthProfile(publisher, id, {}, context())).toMatchObject({ state: "needs_reauthorization", lastRefreshError: expect.stringMatching(/^invalid_grant/) });

    // Reconnect: the same profile gets new tokens and is active again.
    const again = await startOAuthProfileReconnect(publisher, id, { redirectUri: HDP_REDIRECT, binding: started.binding }, context());
    expect(again.binding).toBe(started.binding);
    const back = await consentAtProvider(again.authorizationUrl);
    const done = await completeAuthorization({ state: back.searchParams.get("state"), code: back.searchParams.get("code"), userId: publisher.userId, binding: started.binding, resolveClient: resolveProfileClient });
    expect(await completeOAuthProfileConnect(done.flow, done.result, publisher, context())).toBe(`/oauth-profiles/${id}?connect=done`);
    expect(await getOAuthProfile(publisher, id, {}, context())).toMatchObject({ state: "active", lastRefreshError: null, version: 2 });

    const audit = await auditText(organization.id);
    for (const token of [...provider.issuedAccessTokens, ...provider.issuedRefreshTokens, HDP_CLIENT.client_secret]) expect(audit).not.toContain(token);
    const actions = (await db.auditEvent.findMany({ where: { organizationId: organization.id, resourceId: String(id) }, orderBy: { id: "asc" } })).map((e) => `${e.action}:${e.outcome}`);
    expect(actions).toEqual(["oauthProfile.connect:success", "oauthProfile.refresh:success", "oauthProfile.refresh:failure", "oauthProfile.reconnect:success"]);
    expect(OAUTH_BINDING_COOKIE).toBe("ic_oauth_binding");
  });

  it("refuses to start Connect for a name the user already has, and Reconnect of someone else's profile", async () => {
    const { admin, publisher, app } = await setup();
    const existing = await createOAuthProfile(publisher, { name: "Taken", oauthAppId: app.id, refreshToken: "x" }, {}, context());
    await expect(startOAuthProfileConnect(publisher, { name: "Taken", oauthAppId: app.id }, { redirectUri: HDP_REDIRECT, binding: null }, context())).rejects.toMatchObject({ status: 409 });
    await expect(startOAuthProfileReconnect(admin, existing.id, { redirectUri: HDP_REDIRECT, binding: null }, context())).rejects.toMatchObject({ status: 404 });
    await expect(startOAuthProfileConnect(publisher, { name: "New_1", oauthAppId: 987_654 }, { redirectUri: HDP_REDIRECT, binding: null }, context())).rejects.toMatchObject({ status: 400 });
  });
});
