import { describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { authenticateRequest } from "@/lib/server/auth/authenticate-request";
import { getPositUser, listPositUsers } from "@/lib/server/users/list-posit-users";
import { setMemberLocked } from "@/lib/server/users/update-member";
import { context, createMember, createTeam } from "../../support/fixtures";

const query = (extra: Record<string, unknown> = {}) => ({ prefix: "", page_number: 1, page_size: 500, accountStatus: "", userRole: "", ...extra });

describe("Posit users API services", () => {
  it("finds users by prefix, role and lock state with Posit paging, and never across organisations", async () => {
    const { organization, admin, publisher, viewer } = await createTeam();
    const zed = await createMember(organization, "viewer", `zed-${Date.now()}@example.com`);
    const all = await listPositUsers(admin, query(), context());
    expect(all.total).toBe(4);
    expect(all.members.map((u) => u.userId).sort()).toEqual([admin.userId, publisher.userId, viewer.userId, zed.userId].sort());
    expect((await listPositUsers(admin, query({ prefix: "ZED-" }), context())).members.map((u) => u.userId)).toEqual([zed.userId]);
    expect((await listPositUsers(admin, query({ userRole: "viewer|publisher" }), context())).total).toBe(3);
    expect((await listPositUsers(admin, query({ userRole: "administrator" }), context())).members.map((u) => u.userId)).toEqual([admin.userId]);
    expect((await listPositUsers(admin, query({ page_size: 3, page_number: 2 }), context())).members).toHaveLength(1);
    expect(await getPositUser(admin, zed.userId, context())).toMatchObject({ member: { username: expect.stringMatching(/^zed-/) } });
    const other = await createTeam();
    await expect(getPositUser(other.admin, zed.userId, context())).rejects.toMatchObject({ status: 404 });
    await expect(listPositUsers(publisher, query(), context())).rejects.toMatchObject({ status: 403 });
  });

  it("lists invited people after the members, across Posit's pages, with the filters", async () => {
    const { createUser } = await import("@/lib/server/users/create-user");
    const { admin } = await createTeam();
    const elsewhere = await createTeam();
    for (const who of [elsewhere.viewer, elsewhere.publisher]) await createUser(admin, { email: who.email, role: "viewer" }, context());
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push(await listPositUsers(admin, query({ page_size: 2, page_number: page }), context()));
    expect(pages.map((p) => [p.total, p.members.length, p.pending.length])).toEqual([
      [5, 2, 0],
      [5, 1, 1],
      [5, 0, 1],
    ]);
    expect(pages.flatMap((p) => p.pending.map((i) => i.userId)).sort()).toEqual([elsewhere.viewer.userId, elsewhere.publisher.userId].sort());
    expect((await listPositUsers(admin, query({ accountStatus: "locked" }), context())).pending).toEqual([]);
    expect((await listPositUsers(admin, query({ userRole: "publisher" }), context())).pending).toEqual([]);
    expect((await listPositUsers(admin, query({ prefix: elsewhere.viewer.email.slice(0, 12) }), context())).pending.map((i) => i.userId)).toEqual([elsewhere.viewer.userId]);
  });

  it("locks a user out of API keys and unlocks them; only admins lock, and not themselves", async () => {
    const { admin, publisher } = await createTeam();
    const { key } = await createApiKey(publisher, { name: "k" }, context());
    const headers = new Headers({ authorization: `Key ${key}` });
    expect((await authenticateRequest(headers, context(), ["key"])).userId).toBe(publisher.userId);
    expect((await setMemberLocked(admin, publisher.userId, { locked: true }, context())).disabled).toBe(true);
    await expect(authenticateRequest(headers, context(), ["key"])).rejects.toMatchObject({ status: 401 });
    expect((await listPositUsers(admin, query({ accountStatus: "locked" }), context())).members.map((u) => u.userId)).toEqual([publisher.userId]);
    await setMemberLocked(admin, publisher.userId, { locked: false }, context());
    expect((await authenticateRequest(headers, context(), ["key"])).userId).toBe(publisher.userId);
    await expect(setMemberLocked(admin, admin.userId, { locked: true }, context())).rejects.toMatchObject({ status: 409 });
    await expect(setMemberLocked(publisher, admin.userId, { locked: true }, context())).rejects.toMatchObject({ status: 403 });
    await expect(setMemberLocked(admin, publisher.userId, { locked: "yes" }, context())).rejects.toMatchObject({ status: 400 });
  });
});
