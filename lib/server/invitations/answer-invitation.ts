import "server-only";
// Accepting or declining an invitation takes both the link and the account: the person signed in
// as the invited account (or, for a new account that has no password yet, choosing it here). So
// whoever created the account elsewhere, and may know its password, cannot join it to this
// organisation without the link, and the link's holder cannot without the account. One use: the
// invitation row is deleted in the same transaction that makes the membership.
import { AppError } from "@/lib/errors";
import { setPasswordSchema } from "@/lib/schemas/auth";
import { recordAuditEvent, recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { RequestContext } from "@/lib/server/auth/actor";
import { hashPassword } from "@/lib/server/auth/passwords";
import { db, type Tx } from "@/lib/server/db/client";
import { checkPasswordRules, setAccountPassword } from "@/lib/server/passwords/set-account-password";
import { parseInput } from "@/lib/server/validation";
import { findInvitation, type InvitationView } from "./find-invitation";

export const invalidInvitation = () =>
  new AppError("not_found", "This invitation link is not valid: it was used, revoked or replaced by a newer one, or it has expired. Ask for a new one.");

async function usable(token: unknown): Promise<InvitationView> {
  const invitation = await findInvitation(token);
  if (!invitation) throw invalidInvitation();
  return invitation;
}

async function join(tx: Tx, invitation: InvitationView, context: RequestContext): Promise<void> {
  // Single use under a race: only the transaction that deletes the row goes on.
  const { count } = await tx.invitation.deleteMany({ where: { id: invitation.id } });
  if (count !== 1) throw invalidInvitation();
  await tx.membership.upsert({
    where: { userId_organizationId: { userId: invitation.userId, organizationId: invitation.organization.id } },
    create: { userId: invitation.userId, organizationId: invitation.organization.id, role: invitation.role },
    update: {},
  });
  await recordAuditEvent(tx, {
    actor: { userId: invitation.userId, email: invitation.email },
    organizationId: invitation.organization.id,
    action: "user.invitation.accept",
    resourceType: "user",
    resourceId: invitation.userId,
    after: { email: invitation.email, role: invitation.role },
    context,
  });
}

/** Signed in as `userId`: accept (join as the invited role) or decline the invitation the token names. */
export async function answerInvitation(userId: string, token: unknown, accept: boolean, context: RequestContext): Promise<{ organizationSlug: string }> {
  const invitation = await usable(token);
  if (invitation.userId !== userId) {
    await recordStandaloneAuditEvent({
      actor: { userId, email: "" },
      actorLabel: "another account",
      organizationId: invitation.organization.id,
      action: accept ? "user.invitation.accept" : "user.invitation.decline",
      outcome: "denied",
      resourceType: "user",
      resourceId: invitation.userId,
      detail: "signed in as another account than the one invited",
      context,
    });
    throw new AppError("forbidden", `This invitation is for ${invitation.email}. Sign out, then sign in as ${invitation.email} to answer it.`);
  }
  if (invitation.needsPassword) throw new AppError("conflict", "Choose your password first.");
  if (invitation.mustChangePassword) throw new AppError("conflict", "Change your password first: it was set by an administrator.");
  await db.$transaction(async (tx) => {
    if (accept) return join(tx, invitation, context);
    const { count } = await tx.invitation.deleteMany({ where: { id: invitation.id } });
    if (count !== 1) throw invalidInvitation();
    await recordAuditEvent(tx, {
      actor: { userId, email: invitation.email },
      organizationId: invitation.organization.id,
      action: "user.invitation.decline",
      resourceType: "user",
      resourceId: userId,
      context,
    });
  });
  return { organizationSlug: invitation.organization.slug };
}

/**
 * A new account (no password yet): the link's holder chooses the password and joins. An account
 * that has a password must sign in and accept instead.
 */
export async function acceptWithNewPassword(input: unknown, context: RequestContext): Promise<{ email: string; organizationSlug: string }> {
  const data = parseInput(setPasswordSchema, input);
  const invitation = await usable(data.token);
  if (!invitation.needsPassword) throw new AppError("conflict", `Sign in as ${invitation.email} to answer this invitation.`);
  checkPasswordRules(invitation.email, data.newPassword);
  const passwordHash = await hashPassword(data.newPassword);
  await db.$transaction(async (tx) => {
    // Only while the account still has no password (two tabs of the same link race here).
    const { count } = await tx.user.updateMany({ where: { id: invitation.userId, passwordHash: "" }, data: { passwordHash: "x" } });
    if (count !== 1) throw invalidInvitation();
    await setAccountPassword(tx, invitation.userId, passwordHash);
    await join(tx, invitation, context);
  });
  return { email: invitation.email, organizationSlug: invitation.organization.slug };
}
