// The API's hot reads (GetConnection, GetApp, HDP's GET oauthapps/{id} and oauthprofiles/{id})
// run one named statement on the prepared pool instead of Prisma's queries. Each must answer
// exactly what the Prisma path (the one writes use, inside their transaction) answers, for
// records with everything a DTO can carry: app secrets, connection secrets, boards in name
// order, token facts, a catalogue app.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createApp } from "@/lib/server/apps/create-app";
import { loadOwnApp } from "@/lib/server/apps/find-app";
import { getApp } from "@/lib/server/apps/get-app";
import { createBoard } from "@/lib/server/boards/create-board";
import { createConnection } from "@/lib/server/connections/create-connection";
import { loadConnection } from "@/lib/server/connections/find-connection";
import { getConnection } from "@/lib/server/connections/get-connection";
import { db } from "@/lib/server/db/client";
import { createOAuthApp } from "@/lib/server/oauth-apps/create-oauth-app";
import { getOAuthApp } from "@/lib/server/oauth-apps/get-oauth-app";
import { loadOAuthApp } from "@/lib/server/oauth-apps/oauth-app-dto";
import { createOAuthProfile } from "@/lib/server/oauth-profiles/create-oauth-profile";
import { getOAuthProfile } from "@/lib/server/oauth-profiles/get-oauth-profile";
import { loadOAuthProfile } from "@/lib/server/oauth-profiles/oauth-profile-dto";
import { context, createTeam } from "../../support/fixtures";
import { getCurrentUser } from "@/lib/server/users/get-current-user";
import { memberSelect, readMember, toMemberDto } from "@/lib/server/users/member-dto";
import { createWorkload } from "@/lib/server/workloads/create-workload";
import { getWorkload } from "@/lib/server/workloads/get-workload";
import { findWorkload, toWorkloadDto } from "@/lib/server/workloads/workload-dto";
import { oauthAppBody } from "../../support/hdp-oauth";
import type { TestOAuthServer } from "../../support/oauth-server";

describe("hot reads on the prepared pool", () => {
  it("GetConnection and GetApp answer what the transaction path answers, and another organisation gets 404", async () => {
    const { admin, publisher } = await createTeam();
    const other = await createTeam();
    const app = await createApp(admin, {
      name: `Billing ${randomUUID().slice(0, 6)}`,
      server: { name: "Billing", url: "https://billing.example" },
      authConfigs: [
        { type: "apikey", data: { name: "X-Key", in: "header" } },
        { type: "oidc", data: { discoveryUrl: "https://idp.example/.well-known/openid-configuration", clientId: "billing", clientSecret: "oidc-secret" } },
      ],
    }, context());
    const own = await createConnection(admin, { name: "Own app", appId: app.id, authType: "apikey", data: { apiKey: "k-1" } }, context());
    const catalogue = await createConnection(admin, { name: "Catalogue app", appId: "github", authType: "apikey", data: { apiKey: "k-2" } }, context());
    // Boards come back in name order whatever the creation order.
    await createBoard(admin, { name: "Zeta", connectionIds: [own.id] }, context());
    await createBoard(admin, { name: "Alpha", connectionIds: [own.id, catalogue.id] }, context());
    await db.oAuthCredential.create({
      data: { organizationId: admin.organizationId, resourceType: "connection", resourceId: own.id, state: "needs_reauthorization", accessTokenExpiresAt: new Date("2027-01-02T03:04:05.678Z"), lastRefreshedAt: new Date("2026-12-01T00:00:00.001Z"), lastRefreshError: "invalid_grant" },
    });

    for (const connection of [own, catalogue]) {
      const hot = await getConnection(publisher, connection.id, context());
      expect(hot).toEqual((await loadConnection(publisher, connection.id)).dto);
    }
    const ownHot = await getConnection(publisher, own.id, context());
    expect(ownHot.usedByBoards.map((b) => b.name)).toEqual(["Alpha", "Zeta"]);
    expect(ownHot.token).toMatchObject({ state: "needs_reauthorization", expiresAt: "2027-01-02T03:04:05.678Z", refreshError: "invalid_grant" });
    expect(ownHot.secrets.apiKey).toMatchObject({ set: true });
    expect(ownHot.app?.supportedAuthConfigs.find((c) => c.type === "oidc")?.secrets.clientSecret).toMatchObject({ set: true });
    expect((await getConnection(publisher, catalogue.id, context())).app).toMatchObject({ id: "github", public: true });
    expect(JSON.stringify(ownHot)).not.toContain("k-1");

    expect(await getApp(publisher, app.id, context())).toEqual((await loadOwnApp(publisher, app.id)).dto);
    await expect(getConnection(other.admin, own.id, context())).rejects.toMatchObject({ status: 404 });
    await expect(getApp(other.admin, app.id, context())).rejects.toMatchObject({ status: 404 });
    await expect(getConnection(publisher, "not-a-uuid", context())).rejects.toMatchObject({ status: 404 });
  });

  // Only the app's two endpoints are read from the provider; nothing here calls them.
  const provider = { authorizeUrl: "https://idp.example/authorize", tokenUrl: "https://idp.example/token" } as TestOAuthServer;

  it("HDP's OAuth app and profile reads answer what the transaction path answers; another owner's profile is not found", async () => {
    const { admin, publisher, organization } = await createTeam();
    const oauthApp = await createOAuthApp(admin, oauthAppBody(provider, undefined, "app-secret"), context());
    const profile = await createOAuthProfile(publisher, { name: "Mine", oauthAppId: oauthApp.id, refreshToken: "rt-canary" }, {}, context());

    expect(await getOAuthApp(publisher, oauthApp.id, context())).toEqual(await db.$transaction((tx) => loadOAuthApp(organization.id, oauthApp.id, tx)));
    const hot = await getOAuthProfile(publisher, profile.id, {}, context());
    expect(hot).toEqual(await db.$transaction((tx) => loadOAuthProfile(organization.id, publisher.userId, profile.id, tx)));
    expect(await getOAuthProfile(admin, profile.id, { anyOwner: true }, context())).toEqual(hot);
    expect(hot).toMatchObject({ refreshTokenSet: true, accessTokenSet: false });
    expect(JSON.stringify(hot)).not.toContain("rt-canary");
    await expect(getOAuthProfile(admin, profile.id, {}, context())).rejects.toMatchObject({ status: 404 });
  });

  it("Posit's content read (posit-sdk's content.get) answers what findWorkload answers, with its owner rules", async () => {
    const { admin, publisher } = await createTeam();
    const mine = await createWorkload(publisher, { name: "report", title: "Quarterly", description: "d" }, context());
    const admins = await createWorkload(admin, { name: "dash" }, context());
    for (const [actor, workload] of [[publisher, mine], [admin, mine], [admin, admins]] as const) {
      expect(await getWorkload(actor, workload.guid, context())).toEqual(toWorkloadDto(await findWorkload(actor, workload.guid)));
    }
    expect(await getWorkload(admin, mine.guid, context())).toMatchObject({ ownerGuid: publisher.userId, ownerEmail: publisher.email, title: "Quarterly" });
    await expect(getWorkload(publisher, admins.guid, context())).rejects.toMatchObject({ status: 404 });
    await expect(getWorkload(publisher, mine.guid.toUpperCase(), context())).resolves.toMatchObject({ guid: mine.guid });
    const other = await createTeam();
    await expect(getWorkload(other.admin, mine.guid, context())).rejects.toMatchObject({ status: 404 });
  });

  it("Posit's member reads (v1/user, v1/users/{guid}) answer what Prisma's nested read answers; a non-member is null", async () => {
    const { admin, publisher } = await createTeam();
    for (const actor of [admin, publisher]) {
      const nested = await db.membership.findUnique({ where: { userId_organizationId: { userId: actor.userId, organizationId: actor.organizationId } }, select: memberSelect });
      expect(await getCurrentUser(actor)).toEqual(toMemberDto(nested!));
    }
    const other = await createTeam();
    expect(await readMember(other.organization.id, publisher.userId)).toBeNull();
  });
});
