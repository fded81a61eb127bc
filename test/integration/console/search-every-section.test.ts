// The ⌘K palette finds a record of every section the role may read — and only those — grouped,
// each group with its "see all" link; another organisation's records never appear.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createApp } from "@/lib/server/apps/create-app";
import { createBoard } from "@/lib/server/boards/create-board";
import { createConnection } from "@/lib/server/connections/create-connection";
import { createGroup } from "@/lib/server/groups/create-group";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { createOAuthApp } from "@/lib/server/oauth-apps/create-oauth-app";
import { createOAuthProfile } from "@/lib/server/oauth-profiles/create-oauth-profile";
import { searchConsole } from "@/lib/server/search/search-console";
import { createWorkload } from "@/lib/server/workloads/create-workload";
import type { Actor } from "@/lib/server/auth/actor";
import { context, createTeam } from "../../support/fixtures";

async function oneOfEach(admin: Actor, owner: Actor, needle: string) {
  await createIntegration(admin, { name: `${needle} integration`, template: "connect", config: { max_role: "Viewer" } }, context());
  const app = await createApp(admin, { name: `${needle} app`, server: { url: "https://api.example" }, authConfigs: [{ type: "apikey", data: { name: "X-Key", in: "header" } }] }, context());
  const connection = await createConnection(admin, { name: `${needle} connection`, appId: app.id, authType: "apikey", data: { apiKey: "k-1234" } }, context());
  await createBoard(admin, { name: `${needle} board`, connectionIds: [connection.id] }, context());
  const oauthApp = await createOAuthApp(admin, { name: `${needle}_oauth`, dataStore: 1, clientId: "c", clientSecret: "s", authorizeURI: "https://idp.example/a", tokenURI: "https://idp.example/t" }, context());
  await createOAuthProfile(owner, { name: `${needle}_profile`, oauthAppId: oauthApp.id, refreshToken: "rt-1234" }, {}, context());
  await createWorkload(owner, { name: `${needle}-workload` }, context());
  await createGroup(admin, { name: `${needle} group` }, context());
}

describe("palette search", () => {
  it("finds one record of every section the role reads, with a see-all link per section", async () => {
    const { admin, publisher, viewer } = await createTeam();
    const other = await createTeam();
    const needle = `zq${randomUUID().slice(0, 6)}`;
    await oneOfEach(admin, publisher, needle);
    await oneOfEach(other.admin, other.publisher, needle);

    const groups = await searchConsole(admin, needle);
    expect(groups.map((g) => g.source).sort()).toEqual(["apps", "boards", "connections", "groups", "integrations", "oauth-apps", "oauth-profiles", "workloads"]);
    for (const group of groups) {
      expect(group.hits, group.source).toHaveLength(1);
      expect(group.seeAllHref).toMatch(new RegExp(`^/[a-z-]+\\?q=${needle}$`));
      expect(group.more).toBe(false);
    }
    expect(groups.find((g) => g.source === "connections")?.hits[0]).toMatchObject({ title: `${needle} connection`, href: expect.stringMatching(/^\/connections\/[0-9a-f-]{36}$/) });

    // A publisher: no groups; another member's profile and workload only for admins.
    const publisherSees = await searchConsole(publisher, needle);
    expect(publisherSees.map((g) => g.source).sort()).toEqual(["apps", "boards", "connections", "integrations", "oauth-apps", "oauth-profiles", "workloads"]);
    const otherPublisher = (await createTeam()).publisher;
    expect(await searchConsole(otherPublisher, needle)).toEqual([]);
    // A viewer: only their own OAuth profiles (none here).
    expect(await searchConsole(viewer, needle)).toEqual([]);
  });

  it("tells when a section holds more than it shows", async () => {
    const { admin } = await createTeam();
    const needle = `zm${randomUUID().slice(0, 6)}`;
    for (let i = 0; i < 7; i++) await createGroup(admin, { name: `${needle} ${i}` }, context());
    const [groups] = await searchConsole(admin, needle);
    expect(groups).toMatchObject({ source: "groups", more: true, seeAllHref: `/groups?q=${needle}` });
    expect(groups.hits).toHaveLength(5);
  });
});
