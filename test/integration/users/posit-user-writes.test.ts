// Posit's user writes (POST v1/users, PUT|PATCH v1/users/{guid}) through their services.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createUser } from "@/lib/server/users/create-user";
import { memberEtag } from "@/lib/server/users/member-dto";
import { createdMember } from "@/lib/server/users/provision-user";
import { updateUser } from "@/lib/server/users/update-user";
import { context, createTeam, joinOrganization, TEST_PASSWORD } from "../../support/fixtures";

const email = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.com`;
const createNewUser = async (...args: Parameters<typeof createUser>) => createdMember(await createUser(...args));
const newUser = (extra: Record<string, unknown> = {}) => ({ email: email("new"), password: TEST_PASSWORD, role: "viewer", ...extra });

describe("Posit user writes", () => {
  it("creates a member with a derived or given username; a member's email or a used username is a 409, concurrent creates too", async () => {
    const { admin, publisher } = await createTeam();
    const derived = await createNewUser(admin, newUser({ email: "Jane.Doe+x@Example.com".replace("Jane", `jane${randomUUID().slice(0, 6)}`) }), context());
    expect(derived.username).toMatch(/^jane[0-9a-f]{6}\.doe_x$/);
    expect(derived).not.toHaveProperty("passwordHash");
    const named = await createNewUser(admin, newUser({ username: `Named.${derived.userId.slice(0, 6)}`, role: "publisher", firstName: "N", lastName: "M" }), context());
    expect(named).toMatchObject({ username: `named.${derived.userId.slice(0, 6)}`, role: "publisher", firstName: "N", lastName: "M", disabled: false });

    await expect(createNewUser(admin, newUser({ email: named.email }), context())).rejects.toMatchObject({ status: 409, message: expect.stringContaining(named.email) });
    await expect(createNewUser(admin, newUser({ username: named.username }), context())).rejects.toMatchObject({ status: 409, message: expect.stringContaining("username") });
    // An account of another organisation is not handed over (nor its names): invited, not a member.
    const other = await createTeam();
    const invited = await createUser(admin, newUser({ email: other.viewer.email }), context());
    expect(invited).toMatchObject({ status: "invited", invitation: { userId: other.viewer.userId, email: other.viewer.email, role: "viewer", expired: false } });
    expect(JSON.stringify(invited)).not.toMatch(/username|firstName|lastName|passwordHash/);
    expect(await db.membership.count({ where: { userId: other.viewer.userId } })).toBe(1);
    await expect(createNewUser(publisher, newUser(), context())).rejects.toMatchObject({ status: 403 });
    await expect(createNewUser(admin, newUser({ password: "short" }), context())).rejects.toMatchObject({ status: 400 });
    await expect(createNewUser(admin, newUser({ firstName: "a\u0000b" }), context())).rejects.toMatchObject({ status: 400 });

    // Eight creates of one username (different emails), eight of one email: one each wins, the rest 409.
    const username = `race-${randomUUID().slice(0, 8)}`;
    const sameName = await Promise.allSettled(Array.from({ length: 8 }, () => createNewUser(admin, newUser({ username }), context())));
    expect(sameName.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of sameName) if (r.status === "rejected") expect(r.reason).toMatchObject({ status: 409 });
    const sameEmail = email("race");
    // Eight creates of one new email: one account; the others find it and invite it (already a member here: 409).
    const sameMail = await Promise.allSettled(Array.from({ length: 8 }, () => createUser(admin, newUser({ email: sameEmail }), context())));
    expect(sameMail.filter((r) => r.status === "fulfilled" && r.value.status === "created")).toHaveLength(1);
    for (const r of sameMail) if (r.status === "rejected") expect(r.reason).toMatchObject({ status: 409 });
    expect(await db.user.count({ where: { email: sameEmail } })).toBe(1);
    // Derived usernames racing for one base: all created, each unique.
    const base = `same${randomUUID().slice(0, 6)}`;
    const derivedRace = await Promise.all(Array.from({ length: 6 }, (_, i) => createNewUser(admin, newUser({ email: `${base}@d${i}.example` }), context())));
    expect(new Set(derivedRace.map((u) => u.username)).size).toBe(6);
  });

  it("updates only what is given, honours If-Match, and refuses taken names, other organisations and the last admin", async () => {
    const { admin, publisher, viewer } = await createTeam();
    const target = await createNewUser(admin, newUser({ firstName: "Old", lastName: "Name" }), context());
    const newEmail = email("renamed");
    const newName = `renamed-${randomUUID().slice(0, 8)}`;
    const updated = await updateUser(admin, target.userId, { email: newEmail, username: newName, firstName: "New" }, { ifMatch: memberEtag(target) }, context());
    expect(updated).toMatchObject({ email: newEmail, username: newName, firstName: "New", lastName: "Name", role: "viewer", accountVersion: target.accountVersion + 1, version: target.version });
    await expect(updateUser(admin, target.userId, { lastName: "Stale" }, { ifMatch: memberEtag(target) }, context())).rejects.toMatchObject({ status: 412 });
    const promoted = await updateUser(admin, target.userId, { role: "publisher" }, { ifMatch: memberEtag(updated) }, context());
    expect(promoted).toMatchObject({ role: "publisher", version: target.version + 1 });
    // Unchanged values are no change (no new version), and a stale ETag still fails.
    expect(await updateUser(admin, target.userId, { email: newEmail, role: "publisher" }, {}, context())).toEqual(promoted);

    await expect(updateUser(admin, target.userId, { email: viewer.email }, {}, context())).rejects.toMatchObject({ status: 409, message: expect.stringContaining(viewer.email) });
    const viewerName = (await db.user.findUniqueOrThrow({ where: { id: viewer.userId } })).username;
    await expect(updateUser(admin, target.userId, { username: viewerName }, {}, context())).rejects.toMatchObject({ status: 409 });
    await expect(updateUser(admin, target.userId, { username: "bad name!" }, {}, context())).rejects.toMatchObject({ status: 400 });
    await expect(updateUser(publisher, target.userId, { firstName: "x" }, {}, context())).rejects.toMatchObject({ status: 403 });
    const other = await createTeam();
    await expect(updateUser(other.admin, target.userId, { firstName: "x" }, {}, context())).rejects.toMatchObject({ status: 404 });
    await expect(updateUser(admin, "not-a-guid", { firstName: "x" }, {}, context())).rejects.toMatchObject({ status: 404 });
    await expect(updateUser(admin, admin.userId, { role: "viewer" }, {}, context())).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/active admin/) });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.userId } })).firstName).toBe("New");
  });

  it("an account in several organisations: only its role here changes; its email, username and names are a 409", async () => {
    const one = await createTeam();
    const two = await createTeam();
    // Invited to a second organisation, and accepted.
    await joinOrganization(two.organization, one.viewer, "viewer");
    for (const change of [{ email: email("moved") }, { username: `u-${randomUUID().slice(0, 8)}` }, { firstName: "Renamed" }, { lastName: "Renamed" }]) {
      await expect(updateUser(two.admin, one.viewer.userId, change, {}, context())).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/another organisation.*only its role/) });
    }
    expect(await updateUser(two.admin, one.viewer.userId, { role: "publisher" }, {}, context())).toMatchObject({ role: "publisher" });
    expect((await db.membership.findFirstOrThrow({ where: { userId: one.viewer.userId, organizationId: one.organization.id } })).role).toBe("viewer");
  });
});
