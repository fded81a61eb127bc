import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { setContentAssociations } from "@/lib/server/content/content-associations";
import { createContentItem } from "@/lib/server/content/create-content-item";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { getIntegration } from "@/lib/server/integrations/get-integration";
import { searchIntegrations } from "@/lib/server/integrations/list-integrations";
import { updateIntegration } from "@/lib/server/integrations/update-integration";
import { context, createMember, createOrganization, createTeam } from "../../support/fixtures";

const visitor = (extra: Record<string, unknown> = {}) => ({ name: "Visitor key", template: "connect", config: { max_role: "Viewer" }, ...extra });

describe("integration slugs, tags and permissions", () => {
  it("generates a slug, keeps a given one, and refuses duplicates and reserved template ids", async () => {
    const { admin } = await createTeam();
    const generated = await createIntegration(admin, visitor(), context());
    expect(generated.slug).toMatch(/^visitor-key-[0-9a-f]{8}$/);
    expect(generated.slug.endsWith(generated.guid.replace(/-/g, "").slice(0, 8))).toBe(true);
    const named = await createIntegration(admin, visitor({ slug: "my_Visitor-1" }), context());
    expect(named.slug).toBe("my_Visitor-1");
    expect(await getIntegration(admin, { slug: "my_Visitor-1" }, context())).toEqual(named);
    await expect(createIntegration(admin, visitor({ slug: "my_Visitor-1" }), context())).rejects.toMatchObject({ status: 409 });
    await expect(createIntegration(admin, visitor({ slug: "azure" }), context())).rejects.toMatchObject({ status: 409 });
    await expect(createIntegration(admin, visitor({ slug: "bad id!" }), context())).rejects.toMatchObject({ status: 400 });
    // Another organisation may use the same id; it never sees this one.
    const other = await createTeam();
    expect((await createIntegration(other.admin, visitor({ slug: "my_Visitor-1" }), context())).slug).toBe("my_Visitor-1");
    await expect(getIntegration(other.admin, named.guid, context())).rejects.toMatchObject({ status: 404 });
  });

  it("sets, de-duplicates, replaces and filters by tags", async () => {
    const { admin } = await createTeam();
    const tagged = await createIntegration(admin, visitor({ tags: ["prod", "finance", "prod"] }), context());
    expect(tagged.tags).toEqual(["prod", "finance"]);
    await createIntegration(admin, visitor({ name: "Untagged" }), context());
    const base = { q: "", template: "", authType: "" as const, tag: "", sort: "name" as const, page: 1, cursor: "" };
    expect((await searchIntegrations(admin, { ...base, tag: "finance" }, context())).items.map((i) => i.guid)).toEqual([tagged.guid]);
    const retagged = await updateIntegration(admin, tagged.guid, { tags: ["staging"] }, {}, context());
    expect(retagged.tags).toEqual(["staging"]);
    expect((await searchIntegrations(admin, { ...base, tag: "finance" }, context())).total).toBe(0);
    await expect(updateIntegration(admin, tagged.guid, { tags: ["a,b"] }, {}, context())).rejects.toMatchObject({ status: 400 });
    await expect(updateIntegration(admin, tagged.guid, { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, {}, context())).rejects.toMatchObject({ status: 400 });
    expect((await getIntegration(admin, tagged.guid, context())).version).toBe(2);
  });

  it("round-trips permissions, replaces them on update, and refuses unknown or foreign users", async () => {
    const { organization, admin, publisher } = await createTeam();
    const created = await createIntegration(admin, visitor({ permissions: [{ user_guid: publisher.userId }] }), context());
    expect(created.permissions).toEqual([{ id: expect.any(String), guid: expect.any(String), userGuid: publisher.userId, groupGuid: null, label: publisher.email }]);
    expect((await getIntegration(admin, created.guid, context())).permissions).toEqual(created.permissions);

    const stranger = await createMember(await createOrganization(), "admin");
    await expect(updateIntegration(admin, created.guid, { permissions: [{ user_guid: stranger.userId }] }, {}, context())).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining(stranger.userId),
    });
    await expect(updateIntegration(admin, created.guid, { permissions: [{ user_guid: "nope" }] }, {}, context())).rejects.toMatchObject({ status: 400 });
    await expect(updateIntegration(admin, created.guid, { permissions: [{ user_guid: admin.userId, group_guid: admin.userId }] }, {}, context())).rejects.toMatchObject({ status: 400 });
    expect((await getIntegration(admin, created.guid, context())).permissions.map((p) => p.userGuid)).toEqual([publisher.userId]);

    const replaced = await updateIntegration(admin, created.guid, { permissions: [{ user_guid: admin.userId }] }, {}, context());
    expect(replaced.permissions.map((p) => p.userGuid)).toEqual([admin.userId]);
    const untouched = await updateIntegration(admin, created.guid, { description: "x", permissions: null }, {}, context());
    expect(untouched.permissions.map((p) => p.userGuid)).toEqual([admin.userId]);
    const cleared = await updateIntegration(admin, created.guid, { permissions: [] }, {}, context());
    expect(cleared.permissions).toEqual([]);
    expect(await db.integrationPermission.count({ where: { integration: { organizationId: organization.id } } })).toBe(0);
  });

  it("refuses to associate content with an integration its owner may not use", async () => {
    const { admin, publisher } = await createTeam();
    const onlyAdmin = await createIntegration(admin, visitor({ permissions: [{ user_guid: admin.userId }] }), context());
    const everyone = await createIntegration(admin, visitor({ name: "Everyone" }), context());
    const content = await createContentItem(publisher, { name: "report" }, context());
    await expect(setContentAssociations(publisher, content.guid, [{ oauth_integration_guid: onlyAdmin.guid }], context())).rejects.toMatchObject({ status: 400 });
    expect(await setContentAssociations(publisher, content.guid, [{ oauth_integration_guid: everyone.guid }], context())).toHaveLength(1);
    await updateIntegration(admin, onlyAdmin.guid, { permissions: [{ user_guid: publisher.userId }] }, {}, context());
    expect(await setContentAssociations(publisher, content.guid, [{ oauth_integration_guid: onlyAdmin.guid }], context())).toHaveLength(1);
  });

  it("derives unique usernames from email addresses", async () => {
    const organization = await createOrganization();
    const local = `same.${Date.now()}`;
    const first = await createMember(organization, "viewer", `${local}@one.example`);
    const second = await createMember(organization, "viewer", `${local}@two.example`);
    const users = await db.user.findMany({ where: { id: { in: [first.userId, second.userId] } }, orderBy: { createdAt: "asc" } });
    expect(users.map((u) => u.username)).toEqual([local, `${local}-2`]);
  });
});
