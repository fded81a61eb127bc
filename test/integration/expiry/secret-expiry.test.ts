// Expiry dates of stored secrets: set with the secret through the services every door calls,
// forgotten when the secret is replaced without a date, shown on the dashboard's "Expiring soon"
// within the organisation's window, filtered by the lists and carried by the CSV export.
import { describe, expect, it } from "vitest";
import { integrationListQuerySchema } from "@/lib/schemas/integrations";
import { getDashboardWidget } from "@/lib/server/dashboard/dashboard-widgets";
import { db } from "@/lib/server/db/client";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { exportIntegrations } from "@/lib/server/integrations/export-integrations";
import { searchIntegrations } from "@/lib/server/integrations/list-integrations";
import { updateIntegration } from "@/lib/server/integrations/update-integration";
import { createOAuthApp } from "@/lib/server/oauth-apps/create-oauth-app";
import { searchOAuthApps } from "@/lib/server/oauth-apps/list-oauth-apps";
import { oauthAppListQuerySchema } from "@/lib/schemas/oauth-apps";
import { storeTokens } from "@/lib/server/oauth/credentials";
import { createOAuthProfile } from "@/lib/server/oauth-profiles/create-oauth-profile";
import { profileCredential } from "@/lib/server/oauth-profiles/oauth-profile-dto";
import { context, createTeam } from "../../support/fixtures";
import { azure } from "../../support/integration-inputs";

const DAY = 86_400_000;
const dateIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);


const collect = async <T>(batches: AsyncIterable<T[]>) => {
  const rows: T[] = [];
  for await (const batch of batches) rows.push(...batch);
  return rows;
};

describe("secret expiry dates", () => {
  it("an integration's date is stored with its secret, listed, filtered, exported and on the dashboard", async () => {
    const { admin, publisher, viewer } = await createTeam();
    const soon = await createIntegration(admin, azure("s1", "Soon", { secret_expires_time: dateIn(7) }), context());
    const later = await createIntegration(admin, azure("s2", "Later", { secret_expires_time: dateIn(200) }), context());
    const none = await createIntegration(admin, azure("s3", "None"), context());
    expect(soon.secretExpiresAt).toBe(`${dateIn(7)}T23:59:59.000Z`);
    expect(soon.secrets.client_secret.expiresAt).toBe(soon.secretExpiresAt);
    expect(none.secretExpiresAt).toBeNull();

    const filtered = await searchIntegrations(admin, integrationListQuerySchema.parse({ expiresBefore: dateIn(31) }), context());
    expect(filtered.items.map((i) => i.name)).toEqual(["Soon"]);
    const all = await searchIntegrations(admin, integrationListQuerySchema.parse({}), context());
    expect(all.items.find((i) => i.guid === later.guid)?.secretExpiresAt).toBe(later.secretExpiresAt);

    const csv = await collect(await exportIntegrations(admin, integrationListQuerySchema.parse({ expiresBefore: dateIn(365) }), context()));
    expect(csv.map((r) => [r.name, r.secretExpiresAt?.toISOString() ?? null]).sort()).toEqual([
      ["Later", later.secretExpiresAt],
      ["Soon", soon.secretExpiresAt],
    ]);

    // 30 days by default: the 7-day one, with a link to where the secret is replaced.
    const expiring = await getDashboardWidget(admin, "expiring", context());
    expect(expiring.filter((e) => e.kind === "Integration")).toEqual([{ kind: "Integration", name: "Soon", expiresAt: soon.secretExpiresAt, href: `/integrations/${soon.guid}/edit` }]);
    // The organisation's own window.
    await db.organization.update({ where: { id: admin.organizationId }, data: { expiringWindowDays: 365 } });
    expect((await getDashboardWidget(publisher, "expiring", context())).filter((e) => e.kind === "Integration").map((e) => e.name)).toEqual(["Soon", "Later"]);
    // A viewer reads no integrations: none of them on its dashboard.
    expect((await getDashboardWidget(viewer, "expiring", context())).filter((e) => e.kind === "Integration")).toEqual([]);
  });

  it("replacing the secret without a date forgets the old date; a date alone applies to the stored secret; bad dates are 400", async () => {
    const { admin } = await createTeam();
    const created = await createIntegration(admin, azure("s1", "Rotate", { secret_expires_time: dateIn(5) }), context());
    const moved = await updateIntegration(admin, created.guid, { secret_expires_time: `${dateIn(40)}T12:00:00Z` }, {}, context());
    expect(moved.secretExpiresAt).toBe(`${dateIn(40)}T12:00:00.000Z`);
    const replaced = await updateIntegration(admin, created.guid, { config: { client_secret: "s2" } }, {}, context());
    expect(replaced.secretExpiresAt).toBeNull();
    const dated = await updateIntegration(admin, created.guid, { config: { client_secret: "s3" }, secret_expires_time: dateIn(700) }, {}, context());
    expect(dated.secretExpiresAt).toBe(`${dateIn(700)}T23:59:59.000Z`);
    const cleared = await updateIntegration(admin, created.guid, { secret_expires_time: null }, {}, context());
    expect(cleared.secretExpiresAt).toBeNull();
    for (const bad of ["tomorrow", "1999-01-01", 5, "2027-13-01"]) {
      await expect(updateIntegration(admin, created.guid, { secret_expires_time: bad }, {}, context())).rejects.toMatchObject({ status: 400 });
    }
    expect((await db.integration.findUniqueOrThrow({ where: { guid: created.guid } })).version).toBe(cleared.version);
  });

  it("an OAuth app's client secret carries its date; the list filters by it", async () => {
    const { admin } = await createTeam();
    const app = {
      dataStore: 1,
      clientId: "c",
      authorizeURI: "https://login.example.com/authorize",
      tokenURI: "https://login.example.com/token",
      clientSecret: "x",
    };
    const a = await createOAuthApp(admin, { ...app, name: "expiring_app", clientSecretExpiresAt: dateIn(3) }, context());
    await createOAuthApp(admin, { ...app, name: "undated_app" }, context());
    expect(a.clientSecretExpiresAt).toBe(`${dateIn(3)}T23:59:59.000Z`);
    const page = await searchOAuthApps(admin, oauthAppListQuerySchema.parse({ expiresBefore: dateIn(10) }), context());
    expect(page.items.map((i) => i.name)).toEqual(["expiring_app"]);
    const expiring = await getDashboardWidget(admin, "expiring", context());
    expect(expiring.find((e) => e.kind === "OAuth app")).toMatchObject({ name: "expiring_app", href: `/oauth-apps/${a.id}/edit` });
  });

  it("a refresh token the provider dated (refresh_token_expires_in) counts for its owner's dashboard", async () => {
    const { admin, publisher } = await createTeam();
    const app = await createOAuthApp(
      admin,
      { name: "dated_refresh", dataStore: 1, clientId: "c", authorizeURI: "https://login.example.com/authorize", tokenURI: "https://login.example.com/token", clientSecret: "x" },
      context(),
    );
    const profile = await createOAuthProfile(publisher, { name: "Dated", oauthAppId: app.id, refreshToken: "r0" }, {}, context());
    await db.$transaction((tx) =>
      storeTokens(tx, profileCredential(publisher.organizationId, profile.id), { accessToken: "a", refreshToken: "r", expiresIn: 3600, refreshTokenExpiresIn: 3 * 86_400, endpoint: app.tokenURI }),
    );
    const items = await getDashboardWidget(publisher, "expiring", context());
    const item = items.find((i) => i.kind === "OAuth profile" && i.name === "Dated" && i.expiresAt);
    expect(item?.href).toBe(`/oauth-profiles/${profile.id}`);
    expect(Date.parse(item!.expiresAt!) - Date.now()).toBeGreaterThan(2.9 * 86_400_000);
    // Not on another member's dashboard.
    expect((await getDashboardWidget(admin, "expiring", context())).some((i) => i.name === "Dated")).toBe(false);
  });
});
