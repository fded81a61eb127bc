import "server-only";
// One-time password reset links: `/reset-password?token=pwr_…` (256 random bits, SHA-256 stored),
// valid 24 hours, one per account (a newer link replaces the older), void once used, once the
// password changes, or once the person signs in with their password. Using one ends every session
// of the account and revokes nothing else.
//
// An admin may issue one for a member of their organisation. It is shown to that admin only when
// the account belongs to their organisation alone; an account that also belongs to another
// organisation gets its link by e-mail only (SMTP_URL), so that one organisation's admin can never
// set the password of a person who is also in another organisation. The CLI (the machine's
// operator) always gets the link.
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { setPasswordSchema } from "@/lib/schemas/auth";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { refundLoginAttempt, takeLoginAttempt } from "@/lib/server/auth/login-throttle";
import { hashPassword } from "@/lib/server/auth/passwords";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { hashOpaqueToken, opaqueTokenKind } from "@/lib/server/crypto/opaque-token";
import { db, type Tx } from "@/lib/server/db/client";
import { consoleLink } from "@/lib/server/links";
import { mailConfigured, sendMail } from "@/lib/server/mail/send-mail";
import { parseInput } from "@/lib/server/validation";
import { auditInEachOrganization, checkPasswordRules, setAccountPassword } from "./set-account-password";

export const RESET_TTL_MS = 24 * 60 * 60 * 1000;
const resetToken = opaqueTokenKind("pwr");
export const RESET_PATH = "/reset-password";

const resetLink = (token: string, origin?: string | null) => consoleLink(`${RESET_PATH}?token=${encodeURIComponent(token)}`, origin);

async function storeResetToken(tx: Tx, userId: string): Promise<{ token: string; expiresAt: Date }> {
  const { token, hash } = resetToken.generate();
  const expiresAt = new Date(Date.now() + RESET_TTL_MS);
  await tx.passwordReset.upsert({ where: { userId }, create: { userId, tokenHash: hash, expiresAt }, update: { tokenHash: hash, expiresAt, createdAt: new Date() } });
  return { token, expiresAt };
}

const mailReset = (email: string, link: string) =>
  sendMail({
    to: email,
    subject: "Reset your Integration Console password",
    text: ["An administrator issued a link to set a new password for your account.", "", "Open it within 24 hours (one use):", link, "", "If you did not ask for this, tell your administrator."].join("\n"),
  });

export type IssuedReset = { link: string | null; emailed: boolean; expiresAt: string };

/** An admin issues a reset link for a member of their organisation. */
export async function issueResetLink(actor: Actor, userId: string, context: RequestContext, origin?: string | null): Promise<IssuedReset> {
  await requirePermission(actor, "user.manage", context, { type: "user", id: userId });
  if (!isUuid(userId)) throw notFound("User");
  const issued = await db.$transaction(async (tx) => {
    const member = await tx.membership.findUnique({ where: { userId_organizationId: { userId, organizationId: actor.organizationId } }, select: { user: { select: { email: true } } } });
    if (!member) throw notFound("User");
    const organisations = await tx.membership.count({ where: { userId } });
    const showLink = organisations === 1;
    if (!showLink && !mailConfigured()) {
      throw new AppError("conflict", "This account also belongs to another organisation: its reset link can only be e-mailed to it, and no SMTP server is configured (SMTP_URL).");
    }
    const { token, expiresAt } = await storeResetToken(tx, userId);
    await recordAuditEvent(tx, {
      actor,
      organizationId: actor.organizationId,
      action: "user.password.resetLink",
      resourceType: "user",
      resourceId: userId,
      detail: `reset link issued, valid until ${expiresAt.toISOString()}${showLink ? "" : " (e-mailed only)"}`,
      context,
    });
    return { email: member.user.email, token, expiresAt, showLink };
  });
  const link = resetLink(issued.token, origin);
  const emailed = await mailReset(issued.email, link);
  if (!issued.showLink && !emailed) throw new AppError("upstream_failed", "The reset link could not be e-mailed. Try again later.");
  return { link: issued.showLink ? link : null, emailed, expiresAt: issued.expiresAt.toISOString() };
}

/** Host-level (CLI `user reset-link --email E`): the operator gets the link (and it is e-mailed when SMTP is set). */
export async function issueResetLinkForEmail(email: string, context: RequestContext): Promise<{ link: string; emailed: boolean }> {
  const address = email.trim().toLowerCase();
  const { token } = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: address }, select: { id: true, email: true } });
    if (!user) throw new AppError("not_found", `No account with email ${email}`);
    const stored = await storeResetToken(tx, user.id);
    await auditInEachOrganization(tx, user, { action: "user.password.resetLink", detail: "reset link issued from the CLI", actor: null, actorLabel: "cli" }, context);
    return { token: stored.token };
  });
  const link = resetLink(token);
  return { link, emailed: await mailReset(address, link) };
}

/** The account a reset link is for, for its page; null when it is not (or no longer) valid. */
export async function findResetLink(token: unknown): Promise<{ email: string } | null> {
  if (typeof token !== "string" || !resetToken.looksLike(token)) return null;
  const row = await db.passwordReset.findUnique({ where: { tokenHash: hashOpaqueToken(token) }, select: { expiresAt: true, user: { select: { email: true } } } });
  return row && row.expiresAt.getTime() > Date.now() ? { email: row.user.email } : null;
}

const invalidLink = () => new AppError("not_found", "This reset link is not valid: it was used or replaced by a newer one, or it has expired. Ask an administrator for a new one.");

/** Sets a new password through a reset link: throttled like a sign-in, one use, ends every session. */
export async function resetPassword(input: unknown, context: RequestContext): Promise<{ email: string }> {
  const data = parseInput(setPasswordSchema, input);
  const tokenHash = resetToken.looksLike(data.token) ? hashOpaqueToken(data.token) : null;
  const row = tokenHash ? await db.passwordReset.findUnique({ where: { tokenHash }, select: { userId: true, expiresAt: true, user: { select: { id: true, email: true } } } }) : null;
  // Unknown tokens are counted per client IP (under their own account key), known ones on their account.
  const account = row?.user.email ?? `reset-link:${context.ip ?? "-"}`;
  const wait = await takeLoginAttempt(account, context.ip);
  if (wait > 0) throw new AppError("too_many_requests", `Too many attempts. Try again in ${Math.ceil(wait / 60)} minutes.`, { retryAfterSeconds: wait });
  if (!row || row.expiresAt.getTime() <= Date.now()) throw invalidLink();
  checkPasswordRules(row.user.email, data.newPassword);
  const passwordHash = await hashPassword(data.newPassword);
  await db.$transaction(async (tx) => {
    // One use under a race: only the transaction that deletes this very link goes on.
    const { count } = await tx.passwordReset.deleteMany({ where: { tokenHash: tokenHash as string } });
    if (count !== 1) throw invalidLink();
    await setAccountPassword(tx, row.userId, passwordHash);
    await auditInEachOrganization(tx, row.user, { action: "user.password.reset", detail: "password set through a reset link; every session ended" }, context);
  });
  await refundLoginAttempt(account, context.ip);
  return { email: row.user.email };
}
