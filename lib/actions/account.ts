"use server";
// The signed-in person's own account, and the one-time links. These stand outside the console's
// action wrapper, each for its reason: changing one's password must work while every other action
// is refused (a password an admin set must be changed first, lib/server/auth/page-auth.ts); an
// invitation is answered by an account that may belong to no organisation yet; a reset link and
// a new account's invitation are used signed out. Each checks what it needs itself: the session's
// account (with its stamp), or the one-time link, and its service audits.
import { redirect } from "next/navigation";
import { z } from "zod";
import { actionFailure, type ActionResult } from "@/lib/action-result";
import { isAppError } from "@/lib/errors";
import { signIn, unstable_update } from "@/lib/server/auth/auth";
import { getSessionAccount } from "@/lib/server/auth/get-session-actor";
import { requestContext } from "@/lib/server/auth/page-auth";
import { acceptWithNewPassword, answerInvitation } from "@/lib/server/invitations/answer-invitation";
import { logUnexpectedError } from "@/lib/server/log";
import { changeOwnPassword } from "@/lib/server/passwords/change-own-password";
import { resetPassword } from "@/lib/server/passwords/reset-links";
import { loginHref, safeReturnPath } from "@/lib/safe-redirect";
import { ORG_COOKIE } from "@/lib/server/auth/get-session-actor";
import { cookies } from "next/headers";

async function answer<T extends object>(work: () => Promise<T>): Promise<ActionResult<T>> {
  const context = await requestContext();
  try {
    return { ok: true, ...(await work()) };
  } catch (error) {
    if (isAppError(error)) return actionFailure(error);
    logUnexpectedError(error, context.requestId);
    return { error: `Something went wrong on the server (request ${context.requestId}). Try again.` };
  }
}

/**
 * Change your own password: every other session of the account ends; this one carries on with the
 * account's new stamp and opens `next` (a path on this site). A redirect, not a result: the page
 * re-rendered in this same response would still read the request's old session cookie, while the
 * redirect's render gets the cookie just set.
 */
export async function changePasswordAction(input: unknown): Promise<ActionResult> {
  const account = await getSessionAccount();
  if (!account) redirect(loginHref("/account"));
  const context = await requestContext();
  const result = await answer(async () => {
    const { stamp } = await changeOwnPassword(account.id, input, context);
    await unstable_update({ stamp } as never);
    return {};
  });
  if (!result.ok) return result;
  redirect(safeReturnPath((input as { next?: unknown } | null)?.next, "/account?changed=1"));
}

const answerSchema = z.object({ token: z.string().min(1).max(200), accept: z.boolean() });

/** Accept or decline an invitation, signed in as the invited account and holding its link. */
export async function answerInvitationAction(input: unknown): Promise<ActionResult<{ organizationSlug: string }>> {
  const parsed = answerSchema.safeParse(input);
  if (!parsed.success) return { error: "Open the invitation link again." };
  const account = await getSessionAccount();
  if (!account) redirect(loginHref(`/invitation?token=${encodeURIComponent(parsed.data.token)}`));
  const context = await requestContext();
  const result = await answer(() => answerInvitation(account.id, parsed.data.token, parsed.data.accept, context));
  // Accepted: open the organisation just joined.
  if (result.ok && parsed.data.accept) (await cookies()).set(ORG_COOKIE, result.organizationSlug, { httpOnly: true, sameSite: "lax", path: "/" });
  return result;
}

/** A new account's invitation: choose a password, join, and sign in. */
export async function acceptInvitationWithPasswordAction(input: unknown): Promise<ActionResult> {
  const context = await requestContext();
  const result = await answer(() => acceptWithNewPassword(input, context));
  if (!result.ok) return result;
  (await cookies()).set(ORG_COOKIE, result.organizationSlug, { httpOnly: true, sameSite: "lax", path: "/" });
  await signIn("credentials", { email: result.email, password: (input as { newPassword: string }).newPassword, redirectTo: "/" });
  return { ok: true };
}

/** Set a new password through a reset link; every session ends (the page then offers sign-in). */
export async function resetPasswordAction(input: unknown): Promise<ActionResult> {
  const context = await requestContext();
  const result = await answer(() => resetPassword(input, context));
  if (!result.ok) return result;
  return { ok: true };
}
