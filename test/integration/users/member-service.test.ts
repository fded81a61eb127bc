// Members through the user services: creation (and refusal for a publisher), an existing account
// joining another organisation, field errors, role changes with versions, organisations kept apart,
// and concurrent demotions that must leave an admin.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db/client";
import { createUser } from "@/lib/server/users/create-user";
import { listMembers } from "@/lib/server/users/list-members";
import { changeMemberRole, setMemberDisabled } from "@/lib/server/users/update-member";
import { verifyLogin } from "@/lib/server/auth/verify-login";
import { context, createTeam, TEST_PASSWORD } from "../../support/fixtures";

describe("users", () => {
  it("lets an admin create a user; a publisher is refused and the refusal is audited", async () => {
    const { admin, publisher, organization } = await createTeam();
    const created = await createUser(admin, { email: "New.Person@Example.com", role: "viewer", password: "long-enough-password" }, context());
    expect(created).toMatchObject({ status: "created", member: { email: "new.person@example.com", role: "viewer", disabled: false } });
    expect(JSON.stringify(created)).not.toContain("long-enough-password");

    const ctx = context();
    await expect(createUser(publisher, { email: "x@example.com", role: "admin", password: "long-enough-password" }, ctx)).rejects.toMatchObject({ status: 403 });
    expect(await db.user.findUnique({ where: { email: "x@example.com" } })).toBeNull();
    expect(await db.auditEvent.findFirst({ where: { requestId: ctx.requestId } })).toMatchObject({ outcome: "denied", action: "user.manage", organizationId: organization.id });
  });

  it("invites an existing account to another organisation without touching its password", async () => {
    const a = await createTeam();
    const b = await createTeam();
    const added = await createUser(b.admin, { email: a.viewer.email, role: "publisher", password: "a-different-password" }, context());
    expect(added).toMatchObject({ status: "invited", invitation: { userId: a.viewer.userId, role: "publisher" } });
    expect(await verifyLogin({ email: a.viewer.email, password: TEST_PASSWORD }, context())).toMatchObject({ ok: true });
    expect(await verifyLogin({ email: a.viewer.email, password: "a-different-password" }, context())).toMatchObject({ ok: false });
  });

  it("rejects bad input with field errors and changes nothing", async () => {
    const { admin } = await createTeam();
    const before = (await listMembers(admin, context())).length;
    const error = await createUser(admin, { email: "not-an-email", role: "owner", password: "short" }, context()).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.status).toBe(400);
    expect(Object.keys(error.details.fieldErrors).sort()).toEqual(["email", "password", "role"]);
    expect((await listMembers(admin, context())).length).toBe(before);
  });

  it("changes a role with the loaded version, refuses a stale one, and keeps an admin", async () => {
    const { admin, publisher } = await createTeam();
    const [member] = (await listMembers(admin, context())).filter((m) => m.userId === publisher.userId);
    const changed = await changeMemberRole(admin, publisher.userId, { role: "admin", version: member.version }, context());
    expect(changed).toMatchObject({ role: "admin", version: member.version + 1 });
    await expect(changeMemberRole(admin, publisher.userId, { role: "viewer", version: member.version }, context())).rejects.toMatchObject({ status: 412 });

    const [self] = (await listMembers(admin, context())).filter((m) => m.userId === admin.userId);
    await changeMemberRole(admin, admin.userId, { role: "viewer", version: self.version }, context());
    const [other] = (await listMembers({ ...publisher, role: "admin" }, context())).filter((m) => m.userId === publisher.userId);
    await expect(changeMemberRole({ ...publisher, role: "admin" }, publisher.userId, { role: "viewer", version: other.version }, context())).rejects.toMatchObject({ status: 409 });
    expect((await listMembers({ ...publisher, role: "admin" }, context())).find((m) => m.userId === publisher.userId)?.role).toBe("admin");
  });

  it("never reaches across organisations", async () => {
    const a = await createTeam();
    const b = await createTeam();
    expect((await listMembers(a.admin, context())).map((m) => m.userId)).not.toContain(b.viewer.userId);
    await expect(setMemberDisabled(a.admin, b.viewer.userId, { disabled: true, version: 1 }, context())).rejects.toMatchObject({ status: 404 });
  });
});

describe("concurrent membership changes", () => {
  it("two admins demoting each other at once leave one admin, and only one save of a version wins", async () => {
    const { admin, publisher } = await createTeam();
    const members = await listMembers(admin, context());
    const version = (id: string) => members.find((m) => m.userId === id)!.version;
    await changeMemberRole(admin, publisher.userId, { role: "admin", version: version(publisher.userId) }, context());
    const second = { ...publisher, role: "admin" as const };
    const fresh = await listMembers(admin, context());
    const v = (id: string) => fresh.find((m) => m.userId === id)!.version;
    const results = await Promise.allSettled([
      changeMemberRole(admin, publisher.userId, { role: "viewer", version: v(publisher.userId) }, context()),
      changeMemberRole(second, admin.userId, { role: "viewer", version: v(admin.userId) }, context()),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    // Actor objects carry the role they were built with, so either can list the outcome.
    const admins = (await listMembers(second, context())).filter((m) => m.role === "admin");
    expect(admins).toHaveLength(1);

    const actor = admins[0].userId === admin.userId ? admin : second;
    const target = (await listMembers(actor, context())).find((m) => m.role !== "admin")!;
    const same = await Promise.allSettled([
      changeMemberRole(actor, target.userId, { role: "publisher", version: target.version }, context()),
      changeMemberRole(actor, target.userId, { role: "viewer", version: target.version }, context()),
    ]);
    expect(same.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(same.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.status)).toEqual([412]);
  });
});
