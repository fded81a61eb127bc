// Usernames wherever a user is named: HTTP Basic, HDP's ?user=, the CLI's api-key create, and the
// current user.
import { describe, expect, it } from "vitest";
import { issueApiKeyForUser } from "@/lib/server/api-keys/issue-api-key-for-user";
import { authenticateRequest } from "@/lib/server/auth/authenticate-request";
import { db } from "@/lib/server/db/client";
import { resolveProfileOwner } from "@/lib/server/oauth-profiles/profile-owner";
import { getCurrentUser } from "@/lib/server/users/get-current-user";
import { context, createTeam, TEST_PASSWORD } from "../../support/fixtures";

const basic = (name: string, secret: string) => new Headers({ authorization: `Basic ${Buffer.from(`${name}:${secret}`).toString("base64")}` });
const usernameOf = async (userId: string) => (await db.user.findUniqueOrThrow({ where: { id: userId } })).username;

describe("usernames", () => {
  it("HTTP Basic takes the email or the username, with a password or an API key", async () => {
    const { organization, publisher, viewer } = await createTeam();
    const username = await usernameOf(publisher.userId);
    expect(username).not.toContain("@");
    for (const name of [publisher.email, username, username.toUpperCase()]) {
      expect(await authenticateRequest(basic(name, TEST_PASSWORD), context(), ["basic"])).toMatchObject({ userId: publisher.userId, via: "password" });
    }
    const { key } = await issueApiKeyForUser(username, organization.slug, "by username", context());
    expect(await authenticateRequest(basic(username, key), context(), ["basic"])).toMatchObject({ userId: publisher.userId, via: "api-key" });
    expect(await authenticateRequest(basic(publisher.email, key), context(), ["basic"])).toMatchObject({ userId: publisher.userId });
    // Another user's name with this key, a wrong password, a name with U+0000: refused, never a 500.
    await expect(authenticateRequest(basic(await usernameOf(viewer.userId), key), context(), ["basic"])).rejects.toMatchObject({ status: 401 });
    await expect(authenticateRequest(basic(username, "wrong-password-1"), context(), ["basic"])).rejects.toMatchObject({ status: 401 });
    await expect(authenticateRequest(basic(`${username}\u0000`, TEST_PASSWORD), context(), ["basic"])).rejects.toMatchObject({ status: 401 });
    await expect(authenticateRequest(basic("nobody-at-all", TEST_PASSWORD), context(), ["basic"])).rejects.toMatchObject({ status: 401 });
  });

  it("the CLI's api-key create names the owner by email or username; an unknown one is refused", async () => {
    const { organization, viewer } = await createTeam();
    const username = await usernameOf(viewer.userId);
    for (const who of [viewer.email, username]) {
      const { key } = await issueApiKeyForUser(who, organization.slug, `key for ${who}`, context());
      expect((await authenticateRequest(new Headers({ authorization: `Key ${key}` }), context(), ["key"])).userId).toBe(viewer.userId);
    }
    await expect(issueApiKeyForUser("no-such-user", organization.slug, "x", context())).rejects.toMatchObject({ status: 404 });
  });

  it("HDP's ?user= names a member by email or username; another organisation's member is not found", async () => {
    const { admin, publisher } = await createTeam();
    const username = await usernameOf(publisher.userId);
    for (const user of [publisher.email, username, username.toUpperCase()]) {
      expect(await resolveProfileOwner(admin, { user }, context())).toEqual({ ownerId: publisher.userId, ownerEmail: publisher.email, onBehalf: true });
    }
    expect(await resolveProfileOwner(admin, { user: await usernameOf(admin.userId) }, context())).toMatchObject({ ownerId: admin.userId, onBehalf: false });
    const other = await createTeam();
    await expect(resolveProfileOwner(admin, { user: await usernameOf(other.viewer.userId) }, context())).rejects.toMatchObject({ status: 404 });
    await expect(resolveProfileOwner(admin, { user: "x\u0000y" }, context())).rejects.toMatchObject({ status: 404 });
    await expect(resolveProfileOwner(publisher, { user: username }, context())).rejects.toMatchObject({ status: 403 });
  });

  it("the current user carries the stored username", async () => {
    const { admin } = await createTeam();
    expect(await getCurrentUser(admin)).toMatchObject({ userId: admin.userId, username: await usernameOf(admin.userId), email: admin.email });
  });
});
