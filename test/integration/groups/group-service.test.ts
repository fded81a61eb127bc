import { describe, expect, it } from "vitest";
import { createGroup } from "@/lib/server/groups/create-group";
import { deleteGroup } from "@/lib/server/groups/delete-group";
import { getGroup } from "@/lib/server/groups/get-group";
import { addGroupMember, listGroupMembers, removeGroupMember } from "@/lib/server/groups/group-members";
import { listGroups } from "@/lib/server/groups/list-groups";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { getIntegration } from "@/lib/server/integrations/get-integration";
import { setContentAssociations } from "@/lib/server/content/content-associations";
import { createContentItem } from "@/lib/server/content/create-content-item";
import { context, createTeam } from "../../support/fixtures";

describe("groups", () => {
  it("creates, finds by prefix with Posit paging, lists members in the order added, and deletes", async () => {
    const { admin, publisher, viewer } = await createTeam();
    const analysts = await createGroup(admin, { name: "Analysts" }, context());
    await createGroup(admin, { name: "analytics-ops" }, context());
    await createGroup(admin, { name: "Finance" }, context());
    await expect(createGroup(admin, { name: "Analysts" }, context())).rejects.toMatchObject({ status: 409 });
    await expect(createGroup(admin, { name: "" }, context())).rejects.toMatchObject({ status: 400 });
    const found = await listGroups(admin, { prefix: "ANAL", page_number: 1, page_size: 1 }, context());
    expect(found.total).toBe(2);
    expect(found.results.map((g) => g.name)).toEqual(["Analysts"]);
    expect((await listGroups(admin, { prefix: "ANAL", page_number: 2, page_size: 1 }, context())).results.map((g) => g.name)).toEqual(["analytics-ops"]);

    await addGroupMember(admin, analysts.guid, { user_guid: viewer.userId }, context());
    await addGroupMember(admin, analysts.guid, { user_guid: publisher.userId }, context());
    await addGroupMember(admin, analysts.guid, { user_guid: viewer.userId }, context()); // already there: no-op
    const members = await listGroupMembers(admin, analysts.guid, { page_number: 1, page_size: 500 }, context());
    expect(members.results.map((m) => m.userId)).toEqual([viewer.userId, publisher.userId]);
    expect(members.total).toBe(2);
    expect((await getGroup(admin, analysts.guid, context())).memberCount).toBe(2);

    const other = await createTeam();
    await expect(addGroupMember(admin, analysts.guid, { user_guid: other.viewer.userId }, context())).rejects.toMatchObject({ status: 400 });
    await expect(getGroup(other.viewer, analysts.guid, context())).rejects.toMatchObject({ status: 403 });
    await expect(getGroup(other.admin, analysts.guid, context())).rejects.toMatchObject({ status: 404 });
    await expect(createGroup(publisher, { name: "Nope" }, context())).rejects.toMatchObject({ status: 403 });

    await removeGroupMember(admin, analysts.guid, viewer.userId, context());
    await expect(removeGroupMember(admin, analysts.guid, viewer.userId, context())).rejects.toMatchObject({ status: 404 });
    expect((await listGroupMembers(admin, analysts.guid, { page_number: 1, page_size: 500 }, context())).results.map((m) => m.userId)).toEqual([publisher.userId]);
    await deleteGroup(admin, analysts.guid, context());
    await expect(getGroup(admin, analysts.guid, context())).rejects.toMatchObject({ status: 404 });
  });

  // Found by the fuzzing proof (e2e/api/proofs-fuzz.spec.ts): both were 500s.
  it("concurrent creates of one name: one group, the others 409; concurrent deletes: one wins, the others 404", async () => {
    const { admin } = await createTeam();
    const creates = await Promise.allSettled(Array.from({ length: 6 }, () => createGroup(admin, { name: "Racers" }, context())));
    expect(creates.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(creates.flatMap((r) => (r.status === "rejected" ? [r.reason.status] : []))).toEqual([409, 409, 409, 409, 409]);
    const { guid } = (creates.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ guid: string }>).value;
    const deletes = await Promise.allSettled(Array.from({ length: 6 }, () => deleteGroup(admin, guid, context())));
    expect(deletes.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(deletes.flatMap((r) => (r.status === "rejected" ? [r.reason.status] : []))).toEqual([404, 404, 404, 404, 404]);
  });

  it("lets a group's members use an integration restricted to the group", async () => {
    const { admin, publisher } = await createTeam();
    const group = await createGroup(admin, { name: "Reporters" }, context());
    const integration = await createIntegration(admin, { name: "Visitor", template: "connect", config: { max_role: "Viewer" }, permissions: [{ group_guid: group.guid }] }, context());
    expect((await getIntegration(admin, integration.guid, context())).permissions).toEqual([expect.objectContaining({ groupGuid: group.guid, userGuid: null, label: "Reporters" })]);
    const content = await createContentItem(publisher, { name: "report" }, context());
    await expect(setContentAssociations(publisher, content.guid, [{ oauth_integration_guid: integration.guid }], context())).rejects.toMatchObject({ status: 400 });
    await addGroupMember(admin, group.guid, { user_guid: publisher.userId }, context());
    expect(await setContentAssociations(publisher, content.guid, [{ oauth_integration_guid: integration.guid }], context())).toHaveLength(1);
    const foreign = await createGroup((await createTeam()).admin, { name: "Elsewhere" }, context());
    await expect(createIntegration(admin, { template: "connect", config: { max_role: "Viewer" }, permissions: [{ group_guid: foreign.guid }] }, context())).rejects.toMatchObject({ status: 400 });
  });

  it("refuses to delete a group that is an integration's only permission entry (that would open it to everyone)", async () => {
    const { admin, publisher } = await createTeam();
    const only = await createGroup(admin, { name: "Only entry" }, context());
    const shared = await createGroup(admin, { name: "Shared entry" }, context());
    const restricted = await createIntegration(admin, { name: "Restricted", template: "connect", config: { max_role: "Viewer" }, permissions: [{ group_guid: only.guid }] }, context());
    const mixed = await createIntegration(admin, { name: "Mixed", template: "connect", config: { max_role: "Viewer" }, permissions: [{ group_guid: shared.guid }, { user_guid: publisher.userId }] }, context());
    await expect(deleteGroup(admin, only.guid, context())).rejects.toMatchObject({ status: 409, message: expect.stringContaining("“Restricted”") });
    expect((await getIntegration(admin, restricted.guid, context())).permissions).toHaveLength(1);
    expect((await getGroup(admin, only.guid, context())).name).toBe("Only entry");
    // Not the only entry: the group goes, the integration keeps its other entry.
    await deleteGroup(admin, shared.guid, context());
    expect((await getIntegration(admin, mixed.guid, context())).permissions.map((p) => p.userGuid)).toEqual([publisher.userId]);
  });

  it("two groups that are an integration's only two entries cannot both be deleted at once", async () => {
    const { admin } = await createTeam();
    const a = await createGroup(admin, { name: "Pair A" }, context());
    const b = await createGroup(admin, { name: "Pair B" }, context());
    const integration = await createIntegration(admin, { name: "Pair", template: "connect", config: { max_role: "Viewer" }, permissions: [{ group_guid: a.guid }, { group_guid: b.guid }] }, context());
    const results = await Promise.allSettled([deleteGroup(admin, a.guid, context()), deleteGroup(admin, b.guid, context())]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.flatMap((r) => (r.status === "rejected" ? [r.reason.status] : []))).toEqual([409]);
    expect((await getIntegration(admin, integration.guid, context())).permissions).toHaveLength(1);
  });
});
