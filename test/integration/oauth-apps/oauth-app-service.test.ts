// OAuth apps (Progress HDP's client registrations) through their services on the embedded
// PostgreSQL: permissions (role × organisation), validation, duplicates, ETags, the console list's
// keyset pages, the cascade to profiles, and a canary client secret that must appear in no DTO or
// audit row.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { oauthAppListQuerySchema, type OAuthAppListQuery } from "@/lib/schemas/oauth-apps";
import { db } from "@/lib/server/db/client";
import { createOAuthApp } from "@/lib/server/oauth-apps/create-oauth-app";
import { deleteOAuthApp } from "@/lib/server/oauth-apps/delete-oauth-app";
import { getOAuthApp } from "@/lib/server/oauth-apps/get-oauth-app";
import { listAllOAuthApps, searchOAuthApps } from "@/lib/server/oauth-apps/list-oauth-apps";
import { oauthAppEtag } from "@/lib/server/oauth-apps/oauth-app-dto";
import { updateOAuthApp } from "@/lib/server/oauth-apps/update-oauth-app";
import { createOAuthProfile } from "@/lib/server/oauth-profiles/create-oauth-profile";
import { getOAuthProfile } from "@/lib/server/oauth-profiles/get-oauth-profile";
import { readStoredSecret } from "@/test/support/stored-secret";
import { context, createTeam } from "../../support/fixtures";
import { startOAuthServer, type TestOAuthServer } from "../../support/oauth-server";
import { HDP_CLIENT, auditText, canary, collect, oauthAppBody } from "../../support/hdp-oauth";

let provider: TestOAuthServer;
beforeAll(async () => {
  provider = await startOAuthServer({ authorizationCodeClients: [HDP_CLIENT] });
});
afterAll(() => provider?.stop());

const appBody = (name?: string, clientSecret?: string) => oauthAppBody(provider, name, clientSecret);

describe("OAuth apps", () => {
  it("admins write, publishers read without the secret, viewers and other organisations are refused", async () => {
    const { organization, admin, publisher, viewer } = await createTeam();
    const other = await createTeam();
    const secret = canary("client-secret");
    const app = await createOAuthApp(admin, appBody("Analytics_1", secret), context());
    expect(app).toMatchObject({ name: "Analytics_1", dataStore: 54, dataStoreName: "Google Analytics", clientSecretSet: true, tenantId: organization.id, profileCount: 0 });
    expect(await getOAuthApp(publisher, app.id, context())).toEqual(app);
    await expect(getOAuthApp(viewer, app.id, context())).rejects.toMatchObject({ status: 403 });
    await expect(createOAuthApp(publisher, appBody(), context())).rejects.toMatchObject({ status: 403 });
    await expect(updateOAuthApp(publisher, app.id, appBody("Analytics_1"), {}, context())).rejects.toMatchObject({ status: 403 });
    await expect(deleteOAuthApp(publisher, app.id, {}, context())).rejects.toMatchObject({ status: 403 });
    await expect(getOAuthApp(other.admin, app.id, context())).rejects.toMatchObject({ status: 404, message: `Invalid OAuthApplicationId: ${app.id}` });
    await expect(updateOAuthApp(other.admin, app.id, appBody("Stolen"), {}, context())).rejects.toMatchObject({ status: 404 });
    await expect(deleteOAuthApp(other.admin, app.id, {}, context())).rejects.toMatchObject({ status: 404 });
    expect(await collect(await listAllOAuthApps(other.admin, context()))).toEqual([]);
    expect((await collect(await listAllOAuthApps(publisher, context()))).map((a) => a.id)).toEqual([app.id]);
    await expect(listAllOAuthApps(viewer, context())).rejects.toMatchObject({ status: 403 });
    const denied = await db.auditEvent.findMany({ where: { organizationId: organization.id, outcome: "denied" } });
    expect(denied.map((e) => e.action).sort()).toEqual(["oauthApp.read", "oauthApp.read", "oauthApp.write", "oauthApp.write", "oauthApp.write"]);
    expect(await auditText(organization.id)).not.toContain(secret);
    expect(JSON.stringify(app)).not.toContain(secret);
  });

  it("validates input, refuses duplicates and stale versions, and keeps the secret when omitted", async () => {
    const { admin } = await createTeam();
    for (const [body, field] of [
      [{ ...appBody(), name: "bad name!" }, "name"],
      [{ ...appBody(), dataStore: 99 }, "dataStore"],
      [{ ...appBody(), dataStore: "54" }, "dataStore"],
      [{ ...appBody(), tokenURI: "ftp://x" }, "tokenURI"],
      [{ ...appBody(), clientSecret: undefined }, "clientSecret"],
      [{ ...appBody(), authorizeURI: "http://example.com/auth" }, "authorizeURI"],
    ] as const) {
      await expect(createOAuthApp(admin, body, context())).rejects.toMatchObject({ status: 400, ...(field ? { details: { fieldErrors: { [field]: expect.any(Array) } } } : {}) });
    }
    await expect(createOAuthApp(admin, [], context())).rejects.toMatchObject({ status: 400 });
    expect(await db.oAuthApp.count({ where: { organizationId: admin.organizationId } })).toBe(0);

    const secret = canary("client-secret");
    const app = await createOAuthApp(admin, appBody("Dup_1", secret), context());
    await expect(createOAuthApp(admin, appBody("Dup_1"), context())).rejects.toMatchObject({ status: 409 });
    await expect(createOAuthApp(admin, { ...appBody(), tenantId: randomUUID() }, context())).rejects.toMatchObject({ status: 403 });

    const updated = await updateOAuthApp(admin, app.id, { ...appBody("Dup_2"), clientSecret: "" }, { ifMatch: oauthAppEtag(app) }, context());
    expect(updated).toMatchObject({ name: "Dup_2", version: 2, clientSecretUpdatedAt: app.clientSecretUpdatedAt });
    expect(await readStoredSecret("oauthApp", String(app.id), "clientSecret")).toBe(secret);
    await expect(updateOAuthApp(admin, app.id, appBody("Dup_3"), { ifMatch: oauthAppEtag(app) }, context())).rejects.toMatchObject({ status: 412 });
    await expect(deleteOAuthApp(admin, app.id, { ifMatch: oauthAppEtag(app) }, context())).rejects.toMatchObject({ status: 412 });
    expect((await getOAuthApp(admin, app.id, context())).name).toBe("Dup_2");
  });

  it("pages the console list by keyset in both directions without gaps or repeats", async () => {
    const { admin } = await createTeam();
    const names = Array.from({ length: 30 }, (_, i) => `Page_${String(i).padStart(2, "0")}`);
    for (const name of names) await createOAuthApp(admin, appBody(name), context());
    const query = (changes: Partial<OAuthAppListQuery>) => oauthAppListQuerySchema.parse({ q: "Page_", sort: "-name", size: 10, ...changes });
    // Forward by the next cursors: every app once, in order, with the exact total.
    const seen: string[] = [];
    let page = await searchOAuthApps(admin, query({}), context());
    expect(page).toMatchObject({ total: 30, totalExact: true, pageCount: 3 });
    for (;;) {
      seen.push(...page.items.map((a) => a.name));
      if (!page.cursors.next) break;
      page = await searchOAuthApps(admin, query({ page: page.page + 1, cursor: page.cursors.next }), context());
    }
    expect(seen).toEqual([...names].reverse());
    // Back by the prev cursor, and a jump to the last page without one, agree with the walk.
    const back = await searchOAuthApps(admin, query({ page: 2, cursor: page.cursors.prev! }), context());
    expect(back.items.map((a) => a.name)).toEqual(seen.slice(10, 20));
    const last = await searchOAuthApps(admin, query({ page: 3 }), context());
    expect(last.items.map((a) => a.name)).toEqual(seen.slice(20));
    // A malformed cursor is ignored (the page is found by its number); filters narrow the total.
    expect((await searchOAuthApps(admin, query({ sort: "name", cursor: "not-a-cursor" }), context())).items[0].name).toBe("Page_00");
    expect((await searchOAuthApps(admin, query({ dataStore: 1 }), context())).total).toBe(0);
    expect((await searchOAuthApps(admin, query({ dataStore: appBody("x").dataStore }), context())).total).toBe(30);
  });

  it("deleting an app deletes its profiles, their tokens and their token facts", async () => {
    const { organization, admin, publisher } = await createTeam();
    const app = await createOAuthApp(admin, appBody(), context());
    const keep = await createOAuthApp(admin, appBody(), context());
    const profiles = await Promise.all([
      createOAuthProfile(publisher, { name: "P_1", oauthAppId: app.id, refreshToken: canary("rt"), accessToken: canary("at") }, {}, context()),
      createOAuthProfile(admin, { name: "P_2", oauthAppId: app.id, refreshToken: canary("rt") }, {}, context()),
    ]);
    const kept = await createOAuthProfile(publisher, { name: "P_3", oauthAppId: keep.id, refreshToken: canary("rt") }, {}, context());
    expect((await getOAuthApp(admin, app.id, context())).profileCount).toBe(2);
    expect(await deleteOAuthApp(admin, app.id, {}, context())).toEqual({ deletedProfiles: 2 });
    const ids = profiles.map((p) => String(p.id));
    expect(await db.oAuthProfile.count({ where: { oauthAppId: app.id } })).toBe(0);
    expect(await db.secret.count({ where: { resourceType: "oauthProfile", resourceId: { in: ids } } })).toBe(0);
    expect(await db.oAuthCredential.count({ where: { resourceType: "oauthProfile", resourceId: { in: ids } } })).toBe(0);
    expect(await db.secret.count({ where: { resourceType: "oauthApp", resourceId: String(app.id) } })).toBe(0);
    expect(await getOAuthProfile(publisher, kept.id, {}, context())).toMatchObject({ refreshTokenSet: true });
    const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: organization.id, action: "oauthApp.delete" } });
    expect(event.detail).toBe("2 OAuth profile(s) deleted with it");
  });
});
