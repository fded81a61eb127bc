import { describe, expect, it } from "vitest";
import { ACCOUNT_LIMIT } from "@/lib/server/auth/login-throttle";
import { verifyLogin } from "@/lib/server/auth/verify-login";
import { db } from "@/lib/server/db/client";
import { context, createTeam, TEST_PASSWORD } from "../../support/fixtures";

describe("sign-in", () => {
  it("accepts the right password and audits it", async () => {
    const { admin } = await createTeam();
    const ctx = context();
    expect(await verifyLogin({ email: admin.email.toUpperCase(), password: TEST_PASSWORD }, ctx)).toEqual({ ok: true, userId: admin.userId, email: admin.email, stamp: expect.any(String) });
    const event = await db.auditEvent.findFirstOrThrow({ where: { requestId: ctx.requestId } });
    expect(event).toMatchObject({ action: "auth.login", outcome: "success", actorId: admin.userId, organizationId: admin.organizationId });
    expect(JSON.stringify(event, (_, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain(TEST_PASSWORD);
  });

  it("answers a wrong password and an unknown account identically, without logging the password", async () => {
    const { admin } = await createTeam();
    const wrong = await verifyLogin({ email: admin.email, password: "wrong-password-xyz" }, context());
    const unknown = await verifyLogin({ email: "nobody-here@example.com", password: "wrong-password-xyz" }, context());
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
    const rows = await db.auditEvent.findMany({ where: { action: "auth.login", outcome: "failure" } });
    expect(JSON.stringify(rows, (_, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain("wrong-password-xyz");
  });

  it(`throttles an account after ${ACCOUNT_LIMIT} failures, even for the right password, and per IP`, async () => {
    const { admin } = await createTeam();
    const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < ACCOUNT_LIMIT; i++) {
      expect(await verifyLogin({ email: admin.email, password: `bad-${i}` }, { requestId: `t-${i}`, ip })).toMatchObject({ reason: "invalid" });
    }
    const blocked = await verifyLogin({ email: admin.email, password: TEST_PASSWORD }, { requestId: "t-x", ip: "10.0.0.1" });
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    expect((blocked as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(800);
  });

  // Checking the limit first and counting after argon2 let every guess of a burst through; each
  // attempt now takes its point before the password is checked.
  it(`holds the account limit under a burst from rotating IPs: at most ${ACCOUNT_LIMIT} of 200 parallel guesses are checked`, async () => {
    const { admin } = await createTeam();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => verifyLogin({ email: admin.email, password: `burst-${i}` }, { requestId: `burst-${i}`, ip: `10.${(i % 250) + 1}.${Math.floor(Math.random() * 250)}.7` })),
    );
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(checked).toBeLessThanOrEqual(ACCOUNT_LIMIT);
    expect(checked).toBeGreaterThan(0);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(200 - checked);
    expect(await verifyLogin({ email: admin.email, password: TEST_PASSWORD }, context())).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("gives a successful sign-in's attempt back: successes never use up the allowance", async () => {
    const { admin } = await createTeam();
    const ip = `10.8.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < ACCOUNT_LIMIT + 5; i++) expect(await verifyLogin({ email: admin.email, password: TEST_PASSWORD }, { requestId: `ok-${i}`, ip })).toMatchObject({ ok: true });
  });

  it("refuses a member disabled in their only organisation", async () => {
    const { organization, viewer } = await createTeam();
    await db.membership.update({ where: { userId_organizationId: { userId: viewer.userId, organizationId: organization.id } }, data: { disabledAt: new Date() } });
    expect(await verifyLogin({ email: viewer.email, password: TEST_PASSWORD }, context())).toEqual({ ok: false, reason: "invalid" });
  });
});
