import "server-only";
// Checks a sign-in. Wrong password and unknown account give the same answer after the same work
// (one argon2 verification each); every outcome is audited. Each attempt takes its point from the
// throttle before the password is checked, and a success gives it back.
import { recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import type { RequestContext } from "./actor";
import { firstRefusalInWindow, refundLoginAttempt, takeLoginAttempt } from "./login-throttle";
import { verifyPassword } from "./passwords";

export type LoginResult =
  | { ok: true; userId: string; email: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export async function verifyLogin(input: { email: string; password: string }, context: RequestContext): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  // Recorded in each organisation the account belongs to, so its admins see sign-ins and attacks
  // on their users; attempts on unknown accounts are host-level events (no organisation).
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
      select: { id: true, passwordHash: true, disabledAt: true, memberships: { where: { disabledAt: null }, select: { organizationId: true } } },
    }),
  ]);
  if (user?.memberships.length) organizationIds = user.memberships.map((m) => m.organizationId);
  if (retryAfterSeconds > 0) {
    if (await firstRefusalInWindow(email, context.ip)) {
      await audit("denied", "throttled: too many failed attempts (further refusals in the next 15 minutes are counted, not recorded one by one)", user?.id ?? null);
    }
    return { ok: false, reason: "throttled", retryAfterSeconds };
  }

  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk || user.disabledAt || user.memberships.length === 0) {
    await audit("failure", user?.disabledAt && passwordOk ? "account disabled" : "invalid credentials", user?.id ?? null);
    return { ok: false, reason: "invalid" };
  }
  await refundLoginAttempt(email, context.ip, { clearAccount: true });
  await audit("success", "signed in", user.id);
  return { ok: true, userId: user.id, email };
}
