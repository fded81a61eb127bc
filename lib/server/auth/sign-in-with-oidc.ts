import "server-only";
// A single sign-on (OIDC) sign-in, after Auth.js has checked the provider's answer (PKCE, state,
// nonce, the ID token's signature, issuer and audience). The identity is the provider's subject
// (issuer + sub), never its email: the first sign-in creates the account just in time in the
// configured organisation with the role the claims grant, later ones follow the claim (role
// changes, loss of access locks the membership, regained access lifts only that lock). An
// existing account with the same email is signed in to only when the provider says the email is
// verified and the operator turned linking on. Every outcome is audited.
import { randomBytes } from "node:crypto";
import type { Role } from "@/lib/permissions";
import { apiKeyCache } from "@/lib/server/api-keys/api-key-cache";
import { recordAuditEvent, recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db, type Tx } from "@/lib/server/db/client";
import { memberSelect, toMemberDto } from "@/lib/server/users/member-dto";
import { freeUsername } from "@/lib/server/users/username";
import type { RequestContext } from "./actor";
import { roleFromClaims, type OidcConfig } from "./oidc-config";
import { hashPassword } from "./passwords";

export type OidcRefusal = "no-access" | "locked" | "account-exists" | "no-email" | "no-organization";
export type OidcSignInResult = { ok: true; userId: string; email: string; stamp: string } | { ok: false; reason: OidcRefusal };

const DETAIL = "single sign-on";

const text = (value: unknown, max: number) => (typeof value === "string" && value.length > 0 && value.length <= max ? value : null);

export async function signInWithOidc(claims: Record<string, unknown>, config: OidcConfig, context: RequestContext): Promise<OidcSignInResult> {
  const issuer = text(claims.iss, 2000) ?? config.issuer;
  const subject = text(claims.sub, 255);
  const rawEmail = text(claims.email, 320)?.trim().toLowerCase() ?? null;
  const email = rawEmail && /^[^\s@]+@[^\s@]+$/.test(rawEmail) ? rawEmail : null;
  const label = (email ?? `${subject ?? "?"} at ${issuer}`).slice(0, 320);
  const organization = await db.organization.findUnique({ where: { slug: config.organizationSlug }, select: { id: true } });
  const refuse = async (reason: OidcRefusal, detail: string, organizationId: string | null, userId: string | null = null) => {
    await recordStandaloneAuditEvent({
      actor: userId && email ? { userId, email } : null,
      actorLabel: label,
      organizationId,
      action: "auth.login",
      outcome: "denied",
      resourceType: "session",
      detail: `${DETAIL}: ${detail}`,
      context,
    });
    return { ok: false, reason } as const;
  };
  if (!subject) return refuse("no-access", "the provider sent no subject", organization?.id ?? null);
  if (!organization) return refuse("no-organization", `organisation ${config.organizationSlug} does not exist`, null);
  const role = roleFromClaims(claims, config);
  // Hashed outside the transaction: a just-in-time account gets a random password nobody knows,
  // so it signs in only through the provider (until someone sets a password for it).
  const unusablePassword = await hashPassword(randomBytes(32).toString("base64url"));

  const outcome = await db.$transaction(async (tx) => {
    // Two first sign-ins of one person at once would both find no identity: one at a time.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`oidc:${issuer}:${subject}`}))`;
    const step = new Steps(tx, organization.id, context, label);
    let identity = await tx.oidcIdentity.findUnique({ where: { issuer_subject: { issuer, subject } }, select: { id: true, userId: true, revokedAt: true } });
    if (!identity) {
      if (!email) return step.refusal("no-email", "the provider sent no email for a new account");
      const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
      if (existing) {
        if (!(config.linkByEmail && claims.email_verified === true)) {
          const why = config.linkByEmail ? "the provider did not mark the email verified" : "linking by email is off";
          return step.refusal("account-exists", `an account with this email exists and ${why}`);
        }
        identity = await tx.oidcIdentity.create({ data: { issuer, subject, userId: existing.id }, select: { id: true, userId: true, revokedAt: true } });
        await step.audit(existing.id, email, "user.sso.link", `${DETAIL}: linked to ${issuer} by verified email`);
      } else {
        if (role === null) return step.refusal("no-access", "the role claim grants no access");
        const user = await tx.user.create({
          data: { email, username: await freeUsername(tx, email), firstName: text(claims.given_name, 100) ?? "", lastName: text(claims.family_name, 100) ?? "", passwordHash: unusablePassword },
          select: { id: true },
        });
        identity = await tx.oidcIdentity.create({ data: { issuer, subject, userId: user.id }, select: { id: true, userId: true, revokedAt: true } });
        const membership = await tx.membership.create({ data: { userId: user.id, organizationId: organization.id, role: role === "unmanaged" ? "viewer" : role }, select: memberSelect });
        await step.audit(user.id, email, "user.create", `${DETAIL}: created at first sign-in`, undefined, toMemberDto(membership));
      }
    }

    const user = await tx.user.findUniqueOrThrow({ where: { id: identity.userId }, select: { id: true, email: true, disabledAt: true, sessionStamp: true } });
    if (user.disabledAt) return step.refusal("locked", "account disabled", user.id, user.email);
    const where = { userId_organizationId: { userId: user.id, organizationId: organization.id } };
    let membership = await tx.membership.findUnique({ where, select: memberSelect });

    if (role === null) {
      // The claim no longer grants access: lock the membership, which also ends the person's
      // open sessions here at their next request (the session reads the membership live).
      if (membership && !membership.disabledAt) {
        const now = new Date();
        const after = await tx.membership.update({ where, data: { disabledAt: now, version: { increment: 1 } }, select: memberSelect });
        await tx.oidcIdentity.update({ where: { id: identity.id }, data: { revokedAt: now } });
        await step.audit(user.id, user.email, "user.lock", `${DETAIL}: the role claim no longer grants access`, toMemberDto(membership), toMemberDto(after));
        step.changedAccess = true;
      }
      return step.refusal("no-access", "the role claim grants no access", user.id, user.email);
    }

    if (!membership) {
      membership = await tx.membership.create({ data: { userId: user.id, organizationId: organization.id, role: role === "unmanaged" ? "viewer" : role }, select: memberSelect });
      await step.audit(user.id, user.email, "user.addToOrganization", `${DETAIL}: joined at sign-in`, undefined, toMemberDto(membership));
    } else if (membership.disabledAt) {
      // Only the lock single sign-on set itself (same instant) is lifted; an admin's lock stays.
      if (identity.revokedAt?.getTime() !== membership.disabledAt.getTime()) return step.refusal("locked", "membership locked", user.id, user.email);
      const after = await tx.membership.update({ where, data: { disabledAt: null, version: { increment: 1 } }, select: memberSelect });
      await step.audit(user.id, user.email, "user.unlock", `${DETAIL}: the role claim grants access again`, toMemberDto(membership), toMemberDto(after));
      membership = after;
      step.changedAccess = true;
    }
    if (role !== "unmanaged" && membership.role !== role) {
      const after = await tx.membership.update({ where, data: { role: role satisfies Role, version: { increment: 1 } }, select: memberSelect });
      await step.audit(user.id, user.email, "user.changeRole", `${DETAIL}: the role claim changed`, toMemberDto(membership), toMemberDto(after));
      step.changedAccess = true;
    }
    await tx.oidcIdentity.update({ where: { id: identity.id }, data: { lastSignInAt: new Date(), revokedAt: null } });
    await step.audit(user.id, user.email, "auth.login", `signed in with ${DETAIL}`, undefined, undefined, "session");
    return { result: { ok: true, userId: user.id, email: user.email, stamp: user.sessionStamp } as const, changedAccess: step.changedAccess };
  });
  // The member's API keys act with the new role or not at all (other instances drop their cached
  // lookups on the membership trigger's NOTIFY, this one at once).
  if (outcome.changedAccess) apiKeyCache().clear();
  return outcome.result;
}

/** The transaction's audit writes, so each branch above stays one line. */
class Steps {
  changedAccess = false;
  constructor(
    private readonly tx: Tx,
    private readonly organizationId: string,
    private readonly context: RequestContext,
    private readonly label: string,
  ) {}

  audit(userId: string, email: string, action: string, detail: string, before?: unknown, after?: unknown, resourceType = "user") {
    return recordAuditEvent(this.tx, {
      actor: { userId, email },
      organizationId: this.organizationId,
      action,
      resourceType,
      resourceId: resourceType === "user" ? userId : null,
      before,
      after,
      detail,
      context: this.context,
    });
  }

  /** A refused sign-in, audited in the same transaction as any lock it made. */
  async refusal(reason: OidcRefusal, detail: string, userId: string | null = null, email: string | null = null) {
    await recordAuditEvent(this.tx, {
      actor: userId && email ? { userId, email } : null,
      actorLabel: email ?? this.label,
      organizationId: this.organizationId,
      action: "auth.login",
      outcome: "denied",
      resourceType: "session",
      detail: `${DETAIL}: ${detail}`,
      context: this.context,
    });
    return { result: { ok: false, reason } as const, changedAccess: this.changedAccess };
  }
}
