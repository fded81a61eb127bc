import "server-only";
// The one write of a new password: its hash, no forced change any more, a new session stamp (every
// session signed in before ends) and no outstanding reset link. Audited by the caller, in each of
// the account's organisations (auditInEachOrganization), never with the password.
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { RequestContext } from "@/lib/server/auth/actor";
import type { Tx } from "@/lib/server/db/client";

export async function setAccountPassword(tx: Tx, userId: string, passwordHash: string): Promise<string> {
  const stamp = randomUUID();
  await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: false, sessionStamp: stamp } });
  await tx.passwordReset.deleteMany({ where: { userId } });
  return stamp;
}

/** New passwords that are the account's own address are refused (the strength rules on the form). */
export function checkPasswordRules(email: string, password: string, field = "newPassword"): void {
  const lower = password.toLowerCase();
  if (lower === email.toLowerCase() || lower === email.split("@")[0].toLowerCase()) {
    throw new AppError("validation_failed", "The password must not be your email address", { fieldErrors: { [field]: ["Must not be your email address"] } });
  }
}

export async function auditInEachOrganization(
  tx: Tx,
  account: { id: string; email: string },
  event: { action: string; outcome?: "success" | "failure" | "denied"; detail: string; actor?: { userId: string; email: string } | null; actorLabel?: string },
  context: RequestContext,
): Promise<void> {
  const organizations = await tx.membership.findMany({ where: { userId: account.id }, select: { organizationId: true } });
  for (const { organizationId } of organizations.length ? organizations : [{ organizationId: null }]) {
    await recordAuditEvent(tx, {
      actor: event.actor === undefined ? { userId: account.id, email: account.email } : event.actor,
      actorLabel: event.actorLabel,
      organizationId,
      action: event.action,
      outcome: event.outcome,
      resourceType: "user",
      resourceId: account.id,
      detail: event.detail,
      context,
    });
  }
}
