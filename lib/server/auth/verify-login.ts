import "server-only";
// Checks a sign-in. Wrong password and unknown account give the same answer after the same work
// (one argon2 verification each); every outcome is audited. Each attempt takes its point from the
// throttle before the password is checked, and a success gives it back. A success is audited in
// the one organisation the session enters (the switcher's choice, else the first), not in every
// organisation of the account: one organisation's admins learn nothing of the others.
import { recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import type { RequestContext } from "./actor";
import { firstRefusalInWindow, refundLoginAttempt, takeLoginAttempt } from "./login-throttle";
import { verifyPassword } from "./passwords";

export type LoginResult =
  | { ok: true; userId: string; email: string; stamp: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export async function verifyLogin(input: { email: string; password: string }, context: RequestContext, enteringSlug?: string): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  // Recorded in the organisation the session enters, so its admins see sign-ins and attacks on
  // their users; attempts on unknown accounts are host-level events (no organisation).
  let organizationIds: (string | null)[] = [null];
  const audit = async (outcome: "success" | "denied" | "failure", detail: string, userId: string | null = null) => {
    for (const organizationId of organizationIds) {
      await recordStandaloneAuditEvent({
        actor: userId ? { userId, email } : null,
        actorLabel: email.slice(0, 320),
        organizationId,
        action: "auth.login",
        outcome,
        resourceType: "session",
        detail,
        context,
      });
    }
  };

  const [retryAfterSeconds, user] = await Promise.all([
    takeLoginAttempt(email, context.ip),
    db.user.findUnique({
      where: { email },
      select: {
        id: true,
        passwordHash: true,
        disabledAt: true,
        sessionStamp: true,
        memberships: { where: { disabledAt: null }, select: { organizationId: true, organization: { select: { slug: true } } }, orderBy: { createdAt: "asc" } },
        // An account whose only way in is an invitation may sign in to answer it (the invitation page).
        invitations: { where: { expiresAt: { gt: new Date() } }, select: { id: true }, take: 1 },
      },
    }),
  ]);
  const entered = user?.memberships.find((m) => m.organization.slug === enteringSlug) ?? user?.memberships[0];
  if (entered) organizationIds = [entered.organizationId];
  if (retryAfterSeconds > 0) {
    if (await firstRefusalInWindow(email, context.ip)) {
      await audit("denied", "throttled: too many failed attempts (further refusals in the next 15 minutes are counted, not recorded one by one)", user?.id ?? null);
    }
    return { ok: false, reason: "throttled", retryAfterSeconds };
  }

  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk || user.disabledAt || (user.memberships.length === 0 && user.invitations.length === 0)) {
    await audit("failure", user?.disabledAt && passwordOk ? "account disabled" : "invalid credentials", user?.id ?? null);
    return { ok: false, reason: "invalid" };
  }
  await refundLoginAttempt(email, context.ip, { clearAccount: true });
  // Signing in with the password proves the person has it: an outstanding reset link is void.
  await db.passwordReset.deleteMany({ where: { userId: user.id } });
  await audit("success", "signed in", user.id);
  return { ok: true, userId: user.id, email, stamp: user.sessionStamp };
}
