import { describe, expect, it } from "vitest";
import { addGroupMemberByLogin } from "@/lib/server/groups/add-member-by-login";
import { createGroup } from "@/lib/server/groups/create-group";
import { listGroupMembers } from "@/lib/server/groups/group-members";
import { searchGroups } from "@/lib/server/groups/search-groups";
import { groupListQuerySchema } from "@/lib/schemas/groups";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { listIntegrationTags } from "@/lib/server/integrations/list-integration-tags";
import { searchPrincipals } from "@/lib/server/integrations/search-principals";
import { context, createTeam } from "../../support/fixtures";

// The console's helpers behind an integration's "who can use it" and tag fields: each is scoped to
// the caller's organisation and role, since a picker that offered outsiders would leak who exists.
describe("console: groups list, add member by login, principal search, tag list", () => {
  it("searchPrincipals offers this organisation's people and groups only, and only to admins", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const mine = await createGroup(team.admin, { name: "Shared name" }, context());
    await createGroup(other.admin, { name: "Shared name" }, context());
    const found = await searchPrincipals(team.admin, "shared", context());
    expect(found).toEqual([expect.objectContaining({ kind: "group", guid: mine.guid, label: "Shared name" })]);
    const people = await searchPrincipals(team.admin, team.viewer.email.split("@")[0], context());
    expect(people).toEqual([expect.objectContaining({ kind: "user", guid: team.viewer.userId, label: team.viewer.email })]);
    expect(await searchPrincipals(team.admin, other.viewer.email.split("@")[0], context())).toEqual([]);
    expect(await searchPrincipals(team.admin, "   ", context())).toEqual([]);
    await expect(searchPrincipals(team.publisher, "shared", context())).rejects.toMatchObject({ status: 403 });
  });

  it("addGroupMemberByLogin finds a member by email or username (any case); an outsider or a repeat is a field error", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const group = await createGroup(team.admin, { name: "By login" }, context());
    await addGroupMemberByLogin(team.admin, group.guid, { login: team.viewer.email.toUpperCase() }, context());
    const username = (await listGroupMembers(team.admin, group.guid, { page_number: 1, page_size: 10 }, context())).results[0].username;
    await expect(addGroupMemberByLogin(team.admin, group.guid, { login: username }, context())).rejects.toMatchObject({ status: 409, details: { fieldErrors: { login: ["Already a member of this group"] } } });
    await expect(addGroupMemberByLogin(team.admin, group.guid, { login: other.viewer.email }, context())).rejects.toMatchObject({ status: 400 });
    await expect(addGroupMemberByLogin(team.admin, group.guid, { login: "" }, context())).rejects.toMatchObject({ status: 400 });
    await expect(addGroupMemberByLogin(other.admin, group.guid, { login: other.viewer.email }, context())).rejects.toMatchObject({ status: 404 });
    await expect(addGroupMemberByLogin(team.publisher, group.guid, { login: team.viewer.email }, context())).rejects.toMatchObject({ status: 403 });
    await expect(addGroupMemberByLogin(team.admin, "not-a-guid", { login: team.viewer.email }, context())).rejects.toMatchObject({ status: 404 });
  });

  it("searchGroups pages by name with cursors and counts members; another organisation's groups never show", async () => {
    const team = await createTeam();
    const other = await createTeam();
    for (let i = 1; i <= 12; i++) await createGroup(team.admin, { name: `G${String(i).padStart(2, "0")}` }, context());
    await createGroup(other.admin, { name: "G00 elsewhere" }, context());
    await addGroupMemberByLogin(team.admin, (await searchGroups(team.admin, groupListQuerySchema.parse({ q: "G01" }), context())).items[0].guid, { login: team.viewer.email }, context());
    const page1 = await searchGroups(team.admin, groupListQuerySchema.parse({ size: "10" }), context());
    expect(page1.total).toBe(12);
    expect(page1.items.map((g) => g.name)).toEqual(["G01", "G02", "G03", "G04", "G05", "G06", "G07", "G08", "G09", "G10"]);
    expect(page1.items[0].memberCount).toBe(1);
    const page2 = await searchGroups(team.admin, groupListQuerySchema.parse({ size: "10", page: "2", cursor: page1.cursors.next }), context());
    expect(page2.items.map((g) => g.name)).toEqual(["G11", "G12"]);
    const descending = await searchGroups(team.admin, groupListQuerySchema.parse({ sort: "-name", size: "10" }), context());
    expect(descending.items[0].name).toBe("G12");
    await expect(searchGroups(team.publisher, groupListQuerySchema.parse({}), context())).rejects.toMatchObject({ status: 403 });
  });

  it("listIntegrationTags lists this organisation's tags once each, sorted", async () => {
    const team = await createTeam();
    const other = await createTeam();
    await createIntegration(team.admin, { template: "connect", config: { max_role: "Viewer" }, tags: ["eu", "finance"] }, context());
    await createIntegration(team.admin, { template: "connect", config: { max_role: "Viewer" }, tags: ["finance", "apac"] }, context());
    await createIntegration(other.admin, { template: "connect", config: { max_role: "Viewer" }, tags: ["secret-project"] }, context());
    expect(await listIntegrationTags(team.admin, context())).toEqual(["apac", "eu", "finance"]);
    await expect(listIntegrationTags(team.viewer, context())).rejects.toMatchObject({ status: 403 });
  });
});
