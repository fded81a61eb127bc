// "Add member" suggestions: people of the group's organisation matching what was typed, minus
// its members; admins only; another organisation's group is not found.
import { describe, expect, it } from "vitest";
import { createGroup } from "@/lib/server/groups/create-group";
import { addGroupMember } from "@/lib/server/groups/group-members";
import { suggestGroupMembers } from "@/lib/server/groups/suggest-members";
import { context, createTeam } from "../../support/fixtures";

describe("group member suggestions", () => {
  it("suggests the organisation's people who are not members yet, to admins only", async () => {
    const { admin, publisher, viewer } = await createTeam();
    const other = await createTeam();
    const group = await createGroup(admin, { name: "Suggest" }, context());
    const before = await suggestGroupMembers(admin, group.guid, "example.com", context());
    expect(before.map((s) => s.email).sort()).toEqual([admin.email, publisher.email, viewer.email].sort());
    await addGroupMember(admin, group.guid, { user_guid: viewer.userId }, context());
    const after = await suggestGroupMembers(admin, group.guid, viewer.email.slice(0, 10), context());
    expect(after.map((s) => s.email)).not.toContain(viewer.email);
    // Nobody from another organisation, and nothing for an empty query.
    expect((await suggestGroupMembers(admin, group.guid, other.admin.email, context())).map((s) => s.email)).toEqual([]);
    expect(await suggestGroupMembers(admin, group.guid, "  ", context())).toEqual([]);

    await expect(suggestGroupMembers(publisher, group.guid, "a", context())).rejects.toMatchObject({ status: 403 });
    await expect(suggestGroupMembers(other.admin, group.guid, "a", context())).rejects.toMatchObject({ status: 404 });
  });
});
