// Changing one's own password and resetting it through a one-time link: the old password and every
// earlier session stop working, links are single-use, expire, and a newer one voids the older;
// both are throttled like a sign-in; the audit names the event in each organisation, never a
// password. With SMTP_URL, links are e-mailed (a loopback SMTP server receives them).
import { randomUUID } from "node:crypto";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setEnv } from "@/lib/env";
import { verifyLogin } from "@/lib/server/auth/verify-login";
import { db } from "@/lib/server/db/client";
import { changeOwnPassword } from "@/lib/server/passwords/change-own-password";
import { findResetLink, issueResetLink, issueResetLinkForEmail, resetPassword } from "@/lib/server/passwords/reset-links";
import { context, createTeam, joinOrganization, TEST_PASSWORD } from "../../support/fixtures";

const change = (current: string, next: string) => ({ currentPassword: current, newPassword: next, confirmPassword: next });
const tokenOf = (link: string) => new URL(link).searchParams.get("token") as string;
/** The message body as sent (nodemailer encodes long text lines as quoted-printable). */
const quotedPrintable = (body: string) => body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
const stampOf = async (userId: string) => (await db.user.findUniqueOrThrow({ where: { id: userId } })).sessionStamp;

describe("changing one's own password", () => {
  it("checks the current one, ends other sessions (new stamp), audits in each organisation without the password", async () => {
    const one = await createTeam();
    const two = await createTeam();
    await joinOrganization(two.organization, one.viewer, "viewer");
    const stamp = await stampOf(one.viewer.userId);

    const wrong = context();
    await expect(changeOwnPassword(one.viewer.userId, change("not-the-password", "brand-new-password-1"), wrong)).rejects.toMatchObject({ status: 400, details: { fieldErrors: { currentPassword: expect.any(Array) } } });
    expect(await db.auditEvent.count({ where: { requestId: wrong.requestId, outcome: "failure", action: "user.password.change" } })).toBe(2);
    await expect(changeOwnPassword(one.viewer.userId, { ...change(TEST_PASSWORD, "brand-new-password-1"), confirmPassword: "typo" }, context())).rejects.toMatchObject({ status: 400 });
    await expect(changeOwnPassword(one.viewer.userId, change(TEST_PASSWORD, one.viewer.email), context())).rejects.toMatchObject({ status: 400 });
    await expect(changeOwnPassword(one.viewer.userId, change(TEST_PASSWORD, "short"), context())).rejects.toMatchObject({ status: 400 });

    const done = context();
    const { stamp: next } = await changeOwnPassword(one.viewer.userId, change(TEST_PASSWORD, "brand-new-password-1"), done);
    expect(next).not.toBe(stamp);
    expect(await stampOf(one.viewer.userId)).toBe(next);
    expect(await verifyLogin({ email: one.viewer.email, password: TEST_PASSWORD }, context())).toMatchObject({ ok: false });
    expect(await verifyLogin({ email: one.viewer.email, password: "brand-new-password-1" }, context())).toMatchObject({ ok: true, stamp: next });
    const events = await db.auditEvent.findMany({ where: { requestId: done.requestId }, select: { organizationId: true, action: true, before: true, after: true, detail: true } });
    expect(events.map((e) => e.organizationId).sort()).toEqual([one.organization.id, two.organization.id].sort());
    expect(events.every((e) => e.action === "user.password.change")).toBe(true);
    expect(JSON.stringify(events)).not.toMatch(/brand-new-password|correct-horse/);
  });

  it("is throttled like a sign-in: after 10 wrong current passwords even the right one is refused", async () => {
    const { publisher } = await createTeam();
    for (let i = 0; i < 10; i++) await changeOwnPassword(publisher.userId, change(`wrong-password-${i}`, "brand-new-password-2"), context()).catch(() => undefined);
    await expect(changeOwnPassword(publisher.userId, change(TEST_PASSWORD, "brand-new-password-2"), context())).rejects.toMatchObject({ status: 429 });
  });
});

describe("reset links", () => {
  it("an admin's link works once, a newer one voids it, it expires, and it ends every session", async () => {
    const { admin, viewer, publisher, organization } = await createTeam();
    const first = await issueResetLink(admin, viewer.userId, context(), "http://console.test");
    expect(first.link).toMatch(/^http:\/\/console\.test\/reset-password\?token=pwr_/);
    const second = await issueResetLink(admin, viewer.userId, context(), "http://console.test");
    expect(await findResetLink(tokenOf(first.link!))).toBeNull();
    await expect(resetPassword({ token: tokenOf(first.link!), newPassword: "reset-password-one", confirmPassword: "reset-password-one" }, context())).rejects.toMatchObject({ status: 404 });
    // Stored hashed; the audit row has no token.
    const stored = await db.passwordReset.findUniqueOrThrow({ where: { userId: viewer.userId } });
    expect(stored.tokenHash).not.toBe(tokenOf(second.link!));
    const issuedEvents = await db.auditEvent.findMany({ where: { organizationId: organization.id, action: "user.password.resetLink" }, select: { detail: true, after: true } });
    expect(issuedEvents).toHaveLength(2);
    expect(JSON.stringify(issuedEvents)).not.toContain(tokenOf(second.link!));

    const stamp = await stampOf(viewer.userId);
    expect(await resetPassword({ token: tokenOf(second.link!), newPassword: "reset-password-two", confirmPassword: "reset-password-two" }, context())).toEqual({ email: viewer.email });
    expect(await stampOf(viewer.userId)).not.toBe(stamp);
    expect(await verifyLogin({ email: viewer.email, password: "reset-password-two" }, context())).toMatchObject({ ok: true });
    await expect(resetPassword({ token: tokenOf(second.link!), newPassword: "reset-password-three", confirmPassword: "reset-password-three" }, context())).rejects.toMatchObject({ status: 404 });

    // Expired.
    const third = await issueResetLink(admin, viewer.userId, context());
    await db.passwordReset.update({ where: { userId: viewer.userId }, data: { expiresAt: new Date(Date.now() - 1) } });
    await expect(resetPassword({ token: tokenOf(third.link!), newPassword: "reset-password-four", confirmPassword: "reset-password-four" }, context())).rejects.toMatchObject({ status: 404 });
    // A sign-in with the password voids an outstanding link.
    const fourth = await issueResetLink(admin, viewer.userId, context());
    await verifyLogin({ email: viewer.email, password: "reset-password-two" }, context());
    expect(await findResetLink(tokenOf(fourth.link!))).toBeNull();

    // Only admins, only their own members.
    await expect(issueResetLink(publisher, viewer.userId, context())).rejects.toMatchObject({ status: 403 });
    const other = await createTeam();
    await expect(issueResetLink(other.admin, viewer.userId, context())).rejects.toMatchObject({ status: 404 });
    // The CLI's link is absolute and works.
    const cli = await issueResetLinkForEmail(viewer.email, context());
    expect(cli.link).toMatch(/^https?:\/\/[^/]+\/reset-password\?token=pwr_/);
    expect(cli.emailed).toBe(false);
  });

  it("is throttled like a sign-in: guessing tokens from one client runs out after 10", async () => {
    const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const guess = () => resetPassword({ token: `pwr_AAAAAAAA_${"B".repeat(43)}`, newPassword: "whatever-password", confirmPassword: "whatever-password" }, { requestId: `test-${randomUUID()}`, ip });
    for (let i = 0; i < 10; i++) await expect(guess()).rejects.toMatchObject({ status: 404 });
    await expect(guess()).rejects.toMatchObject({ status: 429 });
  });
});

describe("with SMTP_URL, links are e-mailed", () => {
  const received: { to: string[]; body: string }[] = [];
  let server: SMTPServer;
  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        let body = "";
        stream.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.server.address() as { port: number };
    setEnv("SMTP_URL", `smtp://127.0.0.1:${port}`);
  });
  afterAll(async () => {
    setEnv("SMTP_URL", undefined);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("an account of two organisations gets its reset link by e-mail only, and it works", async () => {
    const one = await createTeam();
    const two = await createTeam();
    await joinOrganization(two.organization, one.publisher, "viewer");
    const issued = await issueResetLink(two.admin, one.publisher.userId, context(), "http://console.test");
    expect(issued).toMatchObject({ link: null, emailed: true });
    const mail = received.find((m) => m.to.includes(one.publisher.email));
    expect(mail, JSON.stringify(received).slice(0, 2000)).toBeDefined();
    const link = /http:\/\/console\.test\/reset-password\?token=pwr_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}/.exec(quotedPrintable(mail!.body))?.[0];
    expect(link).toBeDefined();
    await resetPassword({ token: tokenOf(link!), newPassword: "mailed-reset-password", confirmPassword: "mailed-reset-password" }, context());
    expect(await verifyLogin({ email: one.publisher.email, password: "mailed-reset-password" }, context())).toMatchObject({ ok: true });
  });
});

describe("with SMTP_URL, invitations are e-mailed too", () => {
  it("sends the invitation's link to the address the admin gave", async () => {
    const { createUser } = await import("@/lib/server/users/create-user");
    const { deliverInvitation } = await import("@/lib/server/invitations/deliver-invitation");
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, callback) {
        let body = "";
        stream.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
        stream.on("end", () => (received.push(quotedPrintable(body)), callback()));
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    setEnv("SMTP_URL", `smtp://127.0.0.1:${(server.server.address() as { port: number }).port}`);
    try {
      const a = await createTeam();
      const b = await createTeam();
      const invited = await createUser(b.admin, { email: a.viewer.email, role: "viewer" }, context());
      if (invited.status !== "invited") throw new Error("expected an invitation");
      const delivered = await deliverInvitation(b.organization.id, invited, "http://console.test");
      expect(delivered).toEqual({ link: `http://console.test/invitation?token=${invited.token}`, emailed: true });
      expect(received.some((body) => body.includes(delivered.link) && body.includes(`To: ${a.viewer.email}`))).toBe(true);
    } finally {
      setEnv("SMTP_URL", undefined);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe("without SMTP", () => {
  it("refuses to show another organisation's member's reset link", async () => {
    const one = await createTeam();
    const two = await createTeam();
    await joinOrganization(two.organization, one.viewer, "viewer");
    await expect(issueResetLink(two.admin, one.viewer.userId, context())).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/e-mailed/) });
  });
});
