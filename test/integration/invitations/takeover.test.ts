// The takeover story of issue 17, which must fail: an admin of A creates bob with a password she
// knows; B adds bob. Before invitations, B silently attached A's account and A's admin could sign
// in as bob in B. Now B's "add" is an invitation that only bob, signed in AND holding the link,
// can accept.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { issueApiKeyForUser } from "@/lib/server/api-keys/issue-api-key-for-user";
import { verifyLogin } from "@/lib/server/auth/verify-login";
import { db } from "@/lib/server/db/client";
import { answerInvitation } from "@/lib/server/invitations/answer-invitation";
import { listPendingInvitations, renewInvitation, revokeInvitation } from "@/lib/server/invitations/manage-invitations";
import { changeOwnPassword } from "@/lib/server/passwords/change-own-password";
import { createUser } from "@/lib/server/users/create-user";
import { getPositUser, listPositUsers } from "@/lib/server/users/list-posit-users";
import { context, createTeam } from "../../support/fixtures";

const A_PASSWORD = "chosen-by-admin-of-a-1";
const positQuery = { prefix: "", page_number: 1, page_size: 500, accountStatus: "", userRole: "" };

describe("invitations instead of silent attachment", () => {
  it("admin of A creates Bob, B adds Bob: an invitation; A's password and A's admin do not get into B; Bob accepts with the link, only then a member", async () => {
    const a = await createTeam();
    const b = await createTeam();
    const bobEmail = `bob-${randomUUID().slice(0, 8)}@b.example`;
    const created = await createUser(a.admin, { email: bobEmail, role: "viewer", password: A_PASSWORD, firstName: "Bob", lastName: "Secret" }, context());
    if (created.status !== "created") throw new Error("expected a new account");
    const bob = created.member;
    expect((await db.user.findUniqueOrThrow({ where: { id: bob.userId } })).mustChangePassword).toBe(true);

    // B adds Bob with a password of its own: an invitation, and the password is never applied.
    const invited = await createUser(b.admin, { email: bobEmail, role: "publisher", password: "chosen-by-admin-of-b-1" }, context());
    if (invited.status !== "invited") throw new Error("expected an invitation");
    expect(invited.token).toMatch(/^inv_/);
    // B's admin learns nothing of the account: no username, names, other organisations.
    expect(JSON.stringify(invited.invitation)).not.toMatch(/Secret|Bob"|username|organization/);
    expect(await verifyLogin({ email: bobEmail, password: "chosen-by-admin-of-b-1" }, context())).toMatchObject({ ok: false });
    // Stored hashed only.
    const row = await db.invitation.findFirstOrThrow({ where: { organizationId: b.organization.id, userId: bob.userId } });
    expect(row.tokenHash).not.toContain(invited.token.slice(13));
    const audited = await db.auditEvent.findMany({ where: { organizationId: b.organization.id }, select: { before: true, after: true, detail: true } });
    expect(JSON.stringify(audited)).not.toContain(invited.token);

    // Pending in B: listed with confirmed: false material, not a member; no key, no membership.
    const list = await listPositUsers(b.admin, positQuery, context());
    expect(list.members.map((m) => m.userId)).not.toContain(bob.userId);
    expect(list.pending.map((p) => p.userId)).toEqual([bob.userId]);
    expect(await getPositUser(b.admin, bob.userId, context())).toMatchObject({ pending: { email: bobEmail, role: "publisher" } });
    await expect(issueApiKeyForUser(bobEmail, b.organization.slug, "sneaky", context())).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/invited.*not accepted/) });
    expect(await db.membership.count({ where: { userId: bob.userId, organizationId: b.organization.id } })).toBe(0);

    // A's admin knows A's password and signs in as Bob: only A is entered, and the sign-in is
    // audited in A alone.
    const signIn = context();
    expect(await verifyLogin({ email: bobEmail, password: A_PASSWORD }, signIn, b.organization.slug)).toMatchObject({ ok: true, userId: bob.userId });
    const signInEvents = await db.auditEvent.findMany({ where: { requestId: signIn.requestId } });
    expect(signInEvents.map((e) => e.organizationId)).toEqual([a.organization.id]);

    // Without the link, being signed in as Bob accepts nothing; with the link, another account is refused.
    await expect(answerInvitation(bob.userId, "inv_AAAAAAAA_" + "A".repeat(43), true, context())).rejects.toMatchObject({ status: 404 });
    const wrongAccount = context();
    await expect(answerInvitation(a.admin.userId, invited.token, true, context())).rejects.toMatchObject({ status: 403 });
    await expect(answerInvitation(a.admin.userId, invited.token, true, wrongAccount)).rejects.toMatchObject({ status: 403 });
    expect(await db.auditEvent.findFirst({ where: { requestId: wrongAccount.requestId } })).toMatchObject({ organizationId: b.organization.id, outcome: "denied" });
    // A password an admin set must be changed before anything else.
    await expect(answerInvitation(bob.userId, invited.token, true, context())).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/Change your password/) });
    await changeOwnPassword(bob.userId, { currentPassword: A_PASSWORD, newPassword: "only-bob-knows-this-1", confirmPassword: "only-bob-knows-this-1" }, context());
    expect(await verifyLogin({ email: bobEmail, password: A_PASSWORD }, context())).toMatchObject({ ok: false });

    const accepted = context();
    expect(await answerInvitation(bob.userId, invited.token, true, accepted)).toEqual({ organizationSlug: b.organization.slug });
    expect(await db.membership.findFirstOrThrow({ where: { userId: bob.userId, organizationId: b.organization.id } })).toMatchObject({ role: "publisher" });
    expect(await db.auditEvent.findFirst({ where: { requestId: accepted.requestId } })).toMatchObject({ action: "user.invitation.accept", organizationId: b.organization.id, actorId: bob.userId });
    // One use.
    await expect(answerInvitation(bob.userId, invited.token, true, context())).rejects.toMatchObject({ status: 404 });
    expect((await listPositUsers(b.admin, positQuery, context())).members.map((m) => m.userId)).toContain(bob.userId);
    expect((await issueApiKeyForUser(bobEmail, b.organization.slug, "now fine", context())).key).toBeTruthy();
  });

  it("a new link voids the older one; revoked and expired links do nothing; declining leaves no membership", async () => {
    const a = await createTeam();
    const b = await createTeam();
    const first = await createUser(b.admin, { email: a.viewer.email, role: "viewer" }, context());
    if (first.status !== "invited") throw new Error("expected an invitation");
    const second = await renewInvitation(b.admin, a.viewer.userId, context());
    await expect(answerInvitation(a.viewer.userId, first.token, true, context())).rejects.toMatchObject({ status: 404 });
    // Another organisation cannot renew or revoke it.
    await expect(renewInvitation(a.admin, a.viewer.userId, context())).rejects.toMatchObject({ status: 404 });
    await expect(revokeInvitation(a.admin, a.viewer.userId, context())).rejects.toMatchObject({ status: 404 });
    await expect(renewInvitation(b.publisher, a.viewer.userId, context())).rejects.toMatchObject({ status: 403 });

    await db.invitation.updateMany({ where: { organizationId: b.organization.id, userId: a.viewer.userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(answerInvitation(a.viewer.userId, second.token, true, context())).rejects.toMatchObject({ status: 404 });
    expect((await listPendingInvitations(b.admin, { q: "", page: 1 }, context())).items).toMatchObject([{ userId: a.viewer.userId, expired: true }]);

    const third = await renewInvitation(b.admin, a.viewer.userId, context());
    await revokeInvitation(b.admin, a.viewer.userId, context());
    await expect(answerInvitation(a.viewer.userId, third.token, true, context())).rejects.toMatchObject({ status: 404 });
    expect((await listPendingInvitations(b.admin, { q: "", page: 1 }, context())).total).toBe(0);

    const fourth = await createUser(b.admin, { email: a.viewer.email, role: "viewer" }, context());
    if (fourth.status !== "invited") throw new Error("expected an invitation");
    await answerInvitation(a.viewer.userId, fourth.token, false, context());
    expect(await db.membership.count({ where: { userId: a.viewer.userId, organizationId: b.organization.id } })).toBe(0);
    expect(await db.invitation.count({ where: { userId: a.viewer.userId } })).toBe(0);
  });

  it("a new email without a password: the account joins through its link, choosing its own password", async () => {
    const { acceptWithNewPassword } = await import("@/lib/server/invitations/answer-invitation");
    const b = await createTeam();
    const email = `carol-${randomUUID().slice(0, 8)}@example.com`;
    const invited = await createUser(b.admin, { email, role: "viewer" }, context());
    if (invited.status !== "invited") throw new Error("expected an invitation");
    expect(await verifyLogin({ email, password: "" + "x".repeat(12) }, context())).toMatchObject({ ok: false });
    await expect(acceptWithNewPassword({ token: invited.token, newPassword: "carols-own-password", confirmPassword: "different-password" }, context())).rejects.toMatchObject({ status: 400 });
    expect(await acceptWithNewPassword({ token: invited.token, newPassword: "carols-own-password", confirmPassword: "carols-own-password" }, context())).toMatchObject({ email });
    expect(await verifyLogin({ email, password: "carols-own-password" }, context())).toMatchObject({ ok: true });
    expect(await db.membership.count({ where: { user: { email }, organizationId: b.organization.id } })).toBe(1);
    await expect(acceptWithNewPassword({ token: invited.token, newPassword: "another-password-1", confirmPassword: "another-password-1" }, context())).rejects.toMatchObject({ status: 404 });
  });
});
