// Content associations (Posit's PUT v1/content/{guid}/oauth/integrations/associations): content may
// only use an integration its owner may use, so an association cannot widen an integration's
// "who can use it"; refusals name the integration and change nothing.
import { describe, expect, it } from "vitest";
import { setContentAssociations } from "@/lib/server/content/content-associations";
import { createContentItem } from "@/lib/server/content/create-content-item";
import { db } from "@/lib/server/db/client";
import { addGroupMember } from "@/lib/server/groups/group-members";
import { createGroup } from "@/lib/server/groups/create-group";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { context, createTeam } from "../../support/fixtures";

const visitor = (extra: Record<string, unknown> = {}) => ({ name: "Visitor key", template: "connect", config: { max_role: "Viewer" }, ...extra });

describe("content associations and who may use an integration", () => {
  it("refuses, naming it, an integration the owner may not use; a listed group lets the owner in; nothing changes on refusal", async () => {
    const { admin, publisher } = await createTeam();
    const group = await createGroup(admin, { name: "Report writers" }, context());
    const onlyAdmin = await createIntegration(admin, visitor({ name: "Admins only", permissions: [{ user_guid: admin.userId }] }), context());
    const byGroup = await createIntegration(admin, visitor({ name: "Writers", permissions: [{ group_guid: group.guid }] }), context());
    const everyone = await createIntegration(admin, visitor({ name: "Everyone" }), context());
    const content = await createContentItem(publisher, { name: "report" }, context());
    const set = (...guids: string[]) => setContentAssociations(publisher, content.guid, guids.map((g) => ({ oauth_integration_guid: g })), context());

    expect(await set(everyone.guid)).toHaveLength(1);
    await expect(set(everyone.guid, onlyAdmin.guid)).rejects.toMatchObject({ status: 400, message: expect.stringContaining(`"Admins only" (${onlyAdmin.guid})`) });
    await expect(set(byGroup.guid)).rejects.toMatchObject({ status: 400, message: expect.stringContaining("Writers") });
    expect((await db.contentAssociation.findMany({ where: { contentId: content.guid } })).length).toBe(1);

    await addGroupMember(admin, group.guid, { user_guid: publisher.userId }, context());
    // Upper-case and repeated guids name the same integration once.
    expect((await set(byGroup.guid.toUpperCase(), byGroup.guid, everyone.guid)).map((a) => a.integrationGuid).sort()).toEqual([byGroup.guid, everyone.guid].sort());
    // Content an admin made: the admin may use the admin-only one.
    const adminContent = await createContentItem(admin, { name: "admin report" }, context());
    expect(await setContentAssociations(admin, adminContent.guid, [{ oauth_integration_guid: onlyAdmin.guid }], context())).toHaveLength(1);
  });

  it("caps the integrations per PUT at 200 and names unknown or malformed guids", async () => {
    const { publisher } = await createTeam();
    const content = await createContentItem(publisher, { name: "report" }, context());
    const many = Array.from({ length: 201 }, () => ({ oauth_integration_guid: crypto.randomUUID() }));
    await expect(setContentAssociations(publisher, content.guid, many, context())).rejects.toMatchObject({ status: 400, message: expect.stringContaining("At most 200") });
    const missing = crypto.randomUUID();
    await expect(setContentAssociations(publisher, content.guid, many.slice(0, 200), context())).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/Unknown OAuth integration guid: .* and 195 more/) });
    await expect(setContentAssociations(publisher, content.guid, [{ oauth_integration_guid: missing }], context())).rejects.toMatchObject({ status: 400, message: expect.stringContaining(missing) });
    await expect(setContentAssociations(publisher, content.guid, [{ oauth_integration_guid: "not-a-guid" }], context())).rejects.toMatchObject({ status: 400, message: expect.stringContaining("not-a-guid") });
  });
});
