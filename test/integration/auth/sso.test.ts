// Single sign-on's account rules against the real database: just-in-time accounts, the role
// claim followed at each sign-in, loss of access locking the membership, and no takeover of an
// existing account by email. (The browser round trip through a real identity provider is
// e2e/sso.spec.ts.)
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { authenticateRequest } from "@/lib/server/auth/authenticate-request";
import type { OidcConfig } from "@/lib/server/auth/oidc-config";
import { signInWithOidc } from "@/lib/server/auth/sign-in-with-oidc";
import { db } from "@/lib/server/db/client";
import { changeMemberRole, setMemberDisabled } from "@/lib/server/users/update-member";
import { context, createMember, createOrganization, createTeam, TEST_PASSWORD } from "../../support/fixtures";

const ISSUER = "https://idp.example";

async function setup(overrides: Partial<OidcConfig> = {}) {
  const team = await createTeam();
  const config: OidcConfig = {
    issuer: ISSUER,
    clientId: "console",
    clientSecret: "unused",
    name: "Example SSO",
    organizationSlug: team.organization.slug,
    roleClaim: "groups",
    adminValues: ["console-admins"],
    publisherValues: ["console-publishers"],
    linkByEmail: false,
    ...overrides,
  };
  return { ...team, config };
}

const person = (groups?: unknown, extra: Record<string, unknown> = {}) => ({
  iss: ISSUER,
  sub: `sub-${randomUUID()}`,
  email: `sso-${randomUUID().slice(0, 8)}@example.com`,
  email_verified: true,
  ...(groups === undefined ? {} : { groups }),
  ...extra,
});

const membership = (userId: string, organizationId: string) =>
  db.membership.findUniqueOrThrow({ where: { userId_organizationId: { userId, organizationId } }, select: { role: true, disabledAt: true } });

const auditOf = (organizationId: string, actions: string[]) =>
  db.auditEvent.findMany({ where: { organizationId, action: { in: actions } }, orderBy: { id: "asc" }, select: { action: true, outcome: true, detail: true, actorId: true } });

describe("single sign-on", () => {
  it("creates the account at the first sign-in in the configured organisation with the role from the claim, audited", async () => {
    const { organization, config } = await setup();
    const claims = person(["staff", "console-publishers"], { given_name: "Ada", family_name: "Lovelace" });
    const result = await signInWithOidc(claims, config, context());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.email).toBe(claims.email);
    const user = await db.user.findUniqueOrThrow({ where: { id: result.userId }, select: { email: true, firstName: true, lastName: true, passwordHash: true } });
    expect(user).toMatchObject({ email: claims.email, firstName: "Ada", lastName: "Lovelace" });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/); // a random password nobody knows
    expect(await membership(result.userId, organization.id)).toEqual({ role: "publisher", disabledAt: null });
    expect(await db.oidcIdentity.findUnique({ where: { issuer_subject: { issuer: ISSUER, subject: claims.sub } }, select: { userId: true } })).toEqual({ userId: result.userId });
    const events = await auditOf(organization.id, ["user.create", "auth.login"]);
    expect(events.filter((e) => e.actorId === result.userId).map((e) => [e.action, e.outcome, e.actorId])).toEqual([
      ["user.create", "success", result.userId],
      ["auth.login", "success", result.userId],
    ]);
    // The same person again is the same account (by subject), not a second one.
    const again = await signInWithOidc(claims, config, context());
    expect(again).toEqual(result);
  });

  it("follows the role claim at each sign-in and audits each change", async () => {
    const { organization, config } = await setup();
    const claims = person(["console-admins"]);
    const first = await signInWithOidc(claims, config, context());
    if (!first.ok) throw new Error("refused");
    expect((await membership(first.userId, organization.id)).role).toBe("admin");
    await signInWithOidc({ ...claims, groups: ["staff"] }, config, context());
    expect((await membership(first.userId, organization.id)).role).toBe("viewer");
    await signInWithOidc({ ...claims, groups: "console-publishers" }, config, context());
    expect((await membership(first.userId, organization.id)).role).toBe("publisher");
    const changes = await auditOf(organization.id, ["user.changeRole"]);
    expect(changes.map((c) => c.detail)).toEqual(["single sign-on: the role claim changed", "single sign-on: the role claim changed"]);
  });

  it("locks the membership when the claim no longer grants access, and lifts only its own lock when access returns", async () => {
    const { organization, admin, config } = await setup();
    const claims = person(["console-publishers"]);
    const first = await signInWithOidc(claims, config, context());
    if (!first.ok) throw new Error("refused");

    const removed = await signInWithOidc({ ...claims, groups: undefined }, config, context());
    expect(removed).toEqual({ ok: false, reason: "no-access" });
    expect((await membership(first.userId, organization.id)).disabledAt).not.toBeNull();
    expect((await auditOf(organization.id, ["user.lock"])).map((e) => e.detail)).toEqual(["single sign-on: the role claim no longer grants access"]);
    expect(await signInWithOidc({ ...claims, groups: [] }, config, context())).toEqual({ ok: false, reason: "no-access" });

    // Access granted again: the lock single sign-on set is lifted.
    expect((await signInWithOidc(claims, config, context())).ok).toBe(true);
    expect(await membership(first.userId, organization.id)).toEqual({ role: "publisher", disabledAt: null });

    // An admin's lock is never lifted by single sign-on.
    const version = (await db.membership.findUniqueOrThrow({ where: { userId_organizationId: { userId: first.userId, organizationId: organization.id } } })).version;
    await setMemberDisabled(admin, first.userId, { disabled: true, version }, context());
    expect(await signInWithOidc(claims, config, context())).toEqual({ ok: false, reason: "locked" });
    // Nor after single sign-on locked and unlocked around it.
    await signInWithOidc({ ...claims, groups: undefined }, config, context());
    expect(await signInWithOidc(claims, config, context())).toEqual({ ok: false, reason: "locked" });
  });

  it("without a role claim, makes new people viewers and leaves later roles to the console's admins", async () => {
    const { organization, admin, config } = await setup({ roleClaim: null });
    const claims = person(["console-admins"]);
    const first = await signInWithOidc(claims, config, context());
    if (!first.ok) throw new Error("refused");
    expect((await membership(first.userId, organization.id)).role).toBe("viewer");
    const version = (await db.membership.findUniqueOrThrow({ where: { userId_organizationId: { userId: first.userId, organizationId: organization.id } } })).version;
    await changeMemberRole(admin, first.userId, { role: "publisher", version }, context());
    expect((await signInWithOidc({ ...claims, groups: undefined }, config, context())).ok).toBe(true);
    expect(await membership(first.userId, organization.id)).toEqual({ role: "publisher", disabledAt: null });
  });

  it("refuses a new person whose claim grants nothing, creating no account", async () => {
    const { config } = await setup();
    const claims = person();
    expect(await signInWithOidc(claims, config, context())).toEqual({ ok: false, reason: "no-access" });
    expect(await db.user.count({ where: { email: claims.email } })).toBe(0);
  });

  it("never takes over an existing account by email unless the email is verified (boolean true) and AUTH_OIDC_LINK_BY_EMAIL is on", async () => {
    const { organization, config } = await setup();
    const other = await createOrganization("elsewhere");
    const existing = await createMember(other, "viewer");
    const unverified = person(["console-admins"], { email: existing.email.toUpperCase(), email_verified: false });
    const stringly = { ...unverified, email_verified: "true" }; // not the boolean true

    expect(await signInWithOidc(unverified, config, context())).toEqual({ ok: false, reason: "account-exists" });
    expect(await signInWithOidc(unverified, { ...config, linkByEmail: true }, context())).toEqual({ ok: false, reason: "account-exists" });
    expect(await signInWithOidc(stringly, { ...config, linkByEmail: true }, context())).toEqual({ ok: false, reason: "account-exists" });
    expect(await signInWithOidc({ ...unverified, email_verified: true }, config, context())).toEqual({ ok: false, reason: "account-exists" });
    expect(await db.membership.count({ where: { userId: existing.userId, organizationId: organization.id } })).toBe(0);
    expect(await db.oidcIdentity.count({ where: { userId: existing.userId } })).toBe(0);

    const linked = await signInWithOidc({ ...unverified, email_verified: true }, { ...config, linkByEmail: true }, context());
    // The session it starts carries the account's current stamp (a password change elsewhere ends it).
    const { sessionStamp } = await db.user.findUniqueOrThrow({ where: { id: existing.userId }, select: { sessionStamp: true } });
    expect(linked).toEqual({ ok: true, userId: existing.userId, email: existing.email, stamp: sessionStamp });
    expect(await membership(existing.userId, organization.id)).toEqual({ role: "admin", disabledAt: null });
    expect((await auditOf(organization.id, ["user.sso.link", "user.addToOrganization"])).map((e) => e.action)).toEqual(["user.sso.link", "user.addToOrganization"]);
    // The other organisation's membership is untouched.
    expect(await membership(existing.userId, other.id)).toEqual({ role: "viewer", disabledAt: null });
  });

  it("refuses a disabled account and a missing organisation", async () => {
    const { config } = await setup();
    const claims = person(["console-admins"]);
    const first = await signInWithOidc(claims, config, context());
    if (!first.ok) throw new Error("refused");
    await db.user.update({ where: { id: first.userId }, data: { disabledAt: new Date() } });
    expect(await signInWithOidc(claims, config, context())).toEqual({ ok: false, reason: "locked" });
    expect(await signInWithOidc(person(["console-admins"]), { ...config, organizationSlug: `missing-${randomUUID()}` }, context())).toEqual({ ok: false, reason: "no-organization" });
  });

  it("makes one account when the same person's first sign-ins race", async () => {
    const { organization, config } = await setup();
    const claims = person(["console-publishers"]);
    const results = await Promise.all(Array.from({ length: 12 }, () => signInWithOidc(claims, config, context())));
    const ids = new Set(results.map((r) => (r.ok ? r.userId : r.reason)));
    expect(ids.size).toBe(1);
    expect(await db.user.count({ where: { email: claims.email } })).toBe(1);
    expect(await db.membership.count({ where: { organizationId: organization.id, user: { email: claims.email } } })).toBe(1);
  });

  it("AUTH_PASSWORD_SIGNIN=false refuses HTTP Basic with a password", async () => {
    const { admin } = await setup();
    const basic = (secret: string) => new Headers({ authorization: `Basic ${Buffer.from(`${admin.email}:${secret}`).toString("base64")}` });
    expect((await authenticateRequest(basic(TEST_PASSWORD), context(), ["basic"])).userId).toBe(admin.userId);
    vi.stubEnv("AUTH_PASSWORD_SIGNIN", "false");
    try {
      await expect(authenticateRequest(basic(TEST_PASSWORD), context(), ["basic"])).rejects.toMatchObject({ status: 401 });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
