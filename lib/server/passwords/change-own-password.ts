import "server-only";
// A signed-in person changes their own password: the current one is checked like a sign-in
// (throttled per account and client IP; a success gives its point back), then the new one is
// stored with a new session stamp, which ends every other session. The caller moves its own
// session onto the new stamp. Audited as user.password.change in each of the account's
// organisations, never with a password.
import { AppError } from "@/lib/errors";
import { changePasswordSchema } from "@/lib/schemas/auth";
import type { RequestContext } from "@/lib/server/auth/actor";
import { refundLoginAttempt, takeLoginAttempt } from "@/lib/server/auth/login-throttle";
import { hashPassword, verifyPassword } from "@/lib/server/auth/passwords";
import { db } from "@/lib/server/db/client";
import { parseInput } from "@/lib/server/validation";
import { auditInEachOrganization, checkPasswordRules, setAccountPassword } from "./set-account-password";

export async function changeOwnPassword(userId: string, input: unknown, context: RequestContext): Promise<{ stamp: string }> {
  const data = parseInput(changePasswordSchema, input);
  const account = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, passwordHash: true } });
  if (!account) throw new AppError("unauthenticated", "Sign in again.");
  checkPasswordRules(account.email, data.newPassword);
  const wait = await takeLoginAttempt(account.email, context.ip);
  if (wait > 0) {
    await db.$transaction((tx) => auditInEachOrganization(tx, account, { action: "user.password.change", outcome: "denied", detail: "throttled: too many failed attempts" }, context));
    throw new AppError("too_many_requests", `Too many failed attempts. Try again in ${Math.ceil(wait / 60)} minute${wait > 60 ? "s" : ""}.`, { retryAfterSeconds: wait });
  }
  if (!(await verifyPassword(account.passwordHash, data.currentPassword))) {
    await db.$transaction((tx) => auditInEachOrganization(tx, account, { action: "user.password.change", outcome: "failure", detail: "current password incorrect" }, context));
    throw new AppError("validation_failed", "Your current password is incorrect", { fieldErrors: { currentPassword: ["Incorrect password"] } });
  }
  await refundLoginAttempt(account.email, context.ip);
  const passwordHash = await hashPassword(data.newPassword);
  const stamp = await db.$transaction(async (tx) => {
    const next = await setAccountPassword(tx, account.id, passwordHash);
    await auditInEachOrganization(tx, account, { action: "user.password.change", detail: "password changed; other sessions ended" }, context);
    return next;
  });
  return { stamp };
}
