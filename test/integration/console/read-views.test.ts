// The console's own read paths — dashboard widgets, ⌘K search, CSV exports, the Users and API
// keys lists — show a role only what it may read, and only its own organisation.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/server/api-keys/revoke-api-key";
import { searchApiKeys } from "@/lib/server/api-keys/search-api-keys";
import { exportAuditEvents } from "@/lib/server/audit/export-audit-events";
import { getDashboardWidget, widgetsFor } from "@/lib/server/dashboard/dashboard-widgets";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { exportIntegrations } from "@/lib/server/integrations/export-integrations";
import { db } from "@/lib/server/db/client";
import { createOAuthApp } from "@/lib/server/oauth-apps/create-oauth-app";
import { createOAuthProfile } from "@/lib/server/oauth-profiles/create-oauth-profile";
import { searchConsole } from "@/lib/server/search/search-console";
import { memberListQuerySchema } from "@/lib/schemas/users";
import { apiKeyListQuerySchema } from "@/lib/schemas/api-keys";
import { searchMembers } from "@/lib/server/users/search-members";
import { context, createTeam } from "../../support/fixtures";

const collect = async <T>(batches: AsyncIterable<T[]>) => {
  const rows: T[] = [];
  for await (const batch of batches) rows.push(...batch);
  return rows;
};

describe("console views", () => {
  it("dashboard widgets follow the role, and a direct call for another role's widget is refused", async () => {
    const { admin, viewer } = await createTeam();
    expect(widgetsFor("admin")).toEqual(["counts", "secret-age", "expiring", "reauthorization", "failures", "activity"]);
    expect(widgetsFor("viewer")).toEqual(["counts", "expiring", "reauthorization"]);
    await expect(getDashboardWidget(viewer, "activity", context())).rejects.toBeInstanceOf(AppError);
    await expect(getDashboardWidget(viewer, "secret-age", context())).rejects.toMatchObject({ status: 403 });
    const viewerCounts = await getDashboardWidget(viewer, "counts", context());
    expect(viewerCounts.map((c) => c.label)).toEqual(["Your API keys"]);

    await createIntegration(admin, { name: "Dash", template: "connect", config: { max_role: "Viewer" } }, context());
    const counts = await getDashboardWidget(admin, "counts", context());
    expect(counts.find((c) => c.label === "Integrations")?.count).toBe(1);
    const activity = await getDashboardWidget(admin, "activity", context());
    expect(activity[0]).toMatchObject({ action: "integration.create", outcome: "success" });
  });

  it("the expiring widget lists one's own OAuth profiles that need reauthorization, never another member's", async () => {
    const { admin, publisher } = await createTeam();
    const app = await createOAuthApp(
      admin,
      { name: "Expiry_app", dataStore: 1, clientId: "c", clientSecret: "s", authorizeURI: "https://idp.example.com/a", tokenURI: "https://idp.example.com/t" },
      context(),
    );
    const mine = await createOAuthProfile(publisher, { name: "Broken_mine", oauthAppId: app.id, refreshToken: "rt-1" }, {}, context());
    const healthy = await createOAuthProfile(publisher, { name: "Healthy_mine", oauthAppId: app.id, refreshToken: "rt-2" }, {}, context());
    const theirs = await createOAuthProfile(admin, { name: "Broken_admins", oauthAppId: app.id, refreshToken: "rt-3" }, {}, context());
    // What a refresh answered with invalid_grant leaves behind (lib/server/oauth).
    await db.oAuthCredential.updateMany({ where: { resourceType: "oauthProfile", resourceId: { in: [String(mine.id), String(theirs.id)] } }, data: { state: "needs_reauthorization" } });
    const items = await getDashboardWidget(publisher, "expiring", context());
    expect(items).toEqual([{ kind: "OAuth profile", name: "Broken_mine", expiresAt: null, needsReauthorization: true, href: `/oauth-profiles/${mine.id}` }]);
    expect(JSON.stringify(items)).not.toContain(String(healthy.name));
    expect((await getDashboardWidget(admin, "expiring", context())).map((i) => i.name)).toEqual(["Broken_admins"]);
  });

  it("search finds integrations and users by name for the roles that may read them", async () => {
    const { admin, publisher, viewer } = await createTeam();
    await createIntegration(admin, { name: "Findable warehouse", template: "connect", config: { max_role: "Viewer" } }, context());
    const adminHits = await searchConsole(admin, "findable");
    expect(adminHits.map((g) => g.source)).toEqual(["integrations"]);
    expect(adminHits[0].hits[0]).toMatchObject({ title: "Findable warehouse", href: expect.stringMatching(/^\/integrations\//) });
    expect((await searchConsole(admin, publisher.email.slice(0, 12))).find((g) => g.source === "users")?.hits[0].title).toBe(publisher.email);
    expect((await searchConsole(publisher, publisher.email.slice(0, 12))).find((g) => g.source === "users")).toBeUndefined();
    expect(await searchConsole(viewer, "findable")).toEqual([]);
    expect(await searchConsole(admin, "f")).toEqual([]);
  });

  it("exports hold every row of the filter, within the organisation, and refuse other roles", async () => {
    const team = await createTeam();
    const other = await createTeam();
    for (let i = 0; i < 3; i++) await createIntegration(team.admin, { name: `Export ${i}`, template: "connect", config: { max_role: "Viewer" } }, context());
    await createIntegration(other.admin, { name: "Export elsewhere", template: "connect", config: { max_role: "Viewer" } }, context());
    const rows = await collect(await exportIntegrations(team.admin, { q: "export", template: "", authType: "" }, context()));
    expect(rows.map((r) => r.name).sort()).toEqual(["Export 0", "Export 1", "Export 2"]);
    expect(Object.keys(rows[0]).sort()).toEqual(["authType", "createdAt", "description", "guid", "name", "secretExpiresAt", "slug", "tags", "template", "updatedAt"]);
    await expect(exportIntegrations(team.viewer, { q: "", template: "", authType: "" }, context())).rejects.toMatchObject({ status: 403 });
    const events = await collect(await exportAuditEvents(team.admin, { action: "integration.create" }, context()));
    expect(events).toHaveLength(3);
    await expect(exportAuditEvents(team.publisher, {}, context())).rejects.toMatchObject({ status: 403 });
    // The list's tag filter applies to the export too.
    await createIntegration(team.admin, { name: "Export tagged", template: "connect", config: { max_role: "Viewer" }, tags: ["finance"] }, context());
    const tagged = await collect(await exportIntegrations(team.admin, { q: "", template: "", authType: "", tag: "finance" }, context()));
    expect(tagged.map((r) => [r.name, r.tags])).toEqual([["Export tagged", ["finance"]]]);
  });

  it("users filter by role and search; revoked API keys only behind their filter", async () => {
    const { admin, publisher } = await createTeam();
    const publishers = await searchMembers(admin, memberListQuerySchema.parse({ role: "publisher" }), context());
    expect(publishers.items.map((m) => m.email)).toEqual([publisher.email]);
    expect((await searchMembers(admin, memberListQuerySchema.parse({ q: admin.email }), context())).total).toBe(1);
    await expect(searchMembers(publisher, memberListQuerySchema.parse({}), context())).rejects.toMatchObject({ status: 403 });

    await createApiKey(admin, { name: "kept" }, context());
    const revoked = await createApiKey(admin, { name: "revoked" }, context());
    await revokeApiKey(admin, revoked.apiKey.id, context());
    const names = async (status: string) => (await searchApiKeys(admin, apiKeyListQuerySchema.parse({ status }), context())).items.map((k) => k.name);
    expect(await names("")).toEqual(["kept"]);
    expect(await names("revoked")).toEqual(["revoked"]);
    expect((await names("all")).sort()).toEqual(["kept", "revoked"]);
  });

  it("pages API keys by keyset in every order, never-used and never-expiring keys in a fixed place", async () => {
    const { publisher } = await createTeam();
    for (let i = 0; i < 12; i++) await createApiKey(publisher, { name: `key ${String(i).padStart(2, "0")}`, ...(i % 4 === 0 ? {} : { expiresInDays: 30 + i }) }, context());
    await db.apiKey.updateMany({ where: { userId: publisher.userId, name: { in: ["key 03", "key 07"] } }, data: { lastUsedAt: new Date() } });
    const walk = async (sort: string) => {
      const seen: string[] = [];
      let page = await searchApiKeys(publisher, apiKeyListQuerySchema.parse({ sort, size: 10 }), context());
      expect(page).toMatchObject({ total: 12, pageCount: 2 });
      seen.push(...page.items.map((k) => k.name));
      page = await searchApiKeys(publisher, apiKeyListQuerySchema.parse({ sort, size: 10, page: 2, cursor: page.cursors.next }), context());
      seen.push(...page.items.map((k) => k.name));
      const jumped = await searchApiKeys(publisher, apiKeyListQuerySchema.parse({ sort, size: 10, page: 2 }), context());
      expect(jumped.items.map((k) => k.name)).toEqual(seen.slice(10));
      return seen;
    };
    expect(await walk("name")).toEqual(Array.from({ length: 12 }, (_, i) => `key ${String(i).padStart(2, "0")}`));
    const byExpiry = await walk("expires");
    expect(byExpiry.slice(-3).sort()).toEqual(["key 00", "key 04", "key 08"]);
    expect(byExpiry.slice(0, 9)).toEqual(["key 01", "key 02", "key 03", "key 05", "key 06", "key 07", "key 09", "key 10", "key 11"]);
    expect((await walk("-lastUsed")).slice(0, 2).sort()).toEqual(["key 03", "key 07"]);
  });
});
