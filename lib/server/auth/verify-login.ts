import "server-only";
// Checks a sign-in. Wrong password and unknown account give the same answer after the same work
// (one argon2 verification each); every outcome is audited and failures count toward the throttle.
import { recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import type { RequestContext } from "./actor";
import { clearLoginFailures, loginRetryAfter, recordLoginFailure } from "./login-throttle";
import { verifyPassword } from "./passwords";

export type LoginResult =
  | { ok: true; userId: string; email: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export async function verifyLogin(input: { email: string; password: string }, context: RequestContext): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const audit = (outcome: "success" | "denied" | "failure", detail: string, userId: string | null = null) =>
    recordStandaloneAuditEvent({
      actor: userId ? { userId, email } : null,
      actorLabel: email.slice(0, 320),
      organizationId: null,
      action: "auth.login",
      outcome,
      resourceType: "session",
      detail,
      context,
    });

  const retryAfterSeconds = await loginRetryAfter(email, context.ip);
  if (retryAfterSeconds > 0) {
    await audit("denied", "throttled: too many failed attempts");
    return { ok: false, reason: "throttled", retryAfterSeconds };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabledAt: true, _count: { select: { memberships: { where: { disabledAt: null } } } } },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk || user.disabledAt || user._count.memberships === 0) {
    await recordLoginFailure(email, context.ip);
    await audit("failure", user?.disabledAt && passwordOk ? "account disabled" : "invalid credentials", user?.id ?? null);
    return { ok: false, reason: "invalid" };
  }
  await clearLoginFailures(email);
  await audit("success", "signed in", user.id);
  return { ok: true, userId: user.id, email };
}
