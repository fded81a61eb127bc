"use server";
// The session's own actions: sign in (password or single sign-on), sign out, switch organisation.
// Switching goes through the console's action wrapper like every other action. Signing in cannot:
// the wrapper's first step is the signed-in actor, which does not exist yet, and a sign-in's
// success is a thrown redirect and its failures next-auth's AuthError, not AppErrors. Signing out
// takes no input and answers with a redirect to sign-in.
import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { notFound } from "@/lib/errors";
import { safeReturnPath } from "@/lib/safe-redirect";
import { loginSchema } from "@/lib/schemas/auth";
import { signIn, signOut } from "@/lib/server/auth/auth";
import { listMyOrganizations, ORG_COOKIE } from "@/lib/server/auth/get-session-actor";
import { signInOptions } from "@/lib/server/auth/oidc-config";
import { consoleAction } from "./console-action";
import { currentCookieOptions } from "@/lib/server/cookies";

export type LoginState = { error: string } | undefined;

/** Signs in with email + password; wrong password and unknown account get the same message. */
export async function loginAction(input: { email: string; password: string; callbackUrl?: string | null }): Promise<LoginState> {
  // AUTH_PASSWORD_SIGNIN=false: refused here as well as by Auth.js (no credentials provider).
  if (!signInOptions().password) return { error: "Password sign-in is turned off. Sign in with single sign-on." };
  const { callbackUrl, ...credentials } = (input ?? {}) as Record<string, unknown>;
  const parsed = loginSchema.safeParse(credentials);
  if (!parsed.success) return { error: "Enter your email and password." };
  // Checked again here: the action can be called with any argument, not only the page's.
  const redirectTo = safeReturnPath(callbackUrl);
  try {
    await signIn("credentials", { ...parsed.data, redirectTo });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code ?? "";
      const throttled = /^throttled-(\d+)$/.exec(code);
      if (throttled) {
        return { error: `Too many failed sign-in attempts. Try again in ${throttled[1]} minute${throttled[1] === "1" ? "" : "s"}.` };
      }
      return { error: "Incorrect email or password." };
    }
    throw error; // the redirect after a successful sign-in is thrown too
  }
}

/**
 * Starts single sign-on: Auth.js redirects to the identity provider (with PKCE, state and nonce
 * in its own cookies) and, after the provider's callback, to the return path. A plain form post
 * (works before any script has loaded), so its one argument is the form's data.
 */
export async function ssoSignInAction(form: FormData): Promise<void> {
  if (!signInOptions().sso) redirect("/login?error=sso-off");
  const callbackUrl = form instanceof FormData ? form.get("callbackUrl") : null;
  try {
    await signIn("oidc", { redirectTo: safeReturnPath(callbackUrl) });
  } catch (error) {
    // The provider unreachable or misconfigured (discovery failed): a message, not an error page.
    if (error instanceof AuthError) redirect("/login?error=sso-unavailable");
    throw error; // the redirect to the provider is thrown too
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}

/** Switches the current organisation (only to one the user belongs to), then opens its home page. */
export const switchOrganizationAction = consoleAction(z.object({ slug: z.string().min(1).max(100) }), async ({ slug }, { actor }) => {
  const mine = await listMyOrganizations(actor);
  if (!mine.some((o) => o.slug === slug)) throw notFound("Organisation");
  (await cookies()).set(ORG_COOKIE, slug, await currentCookieOptions({ path: "/" }));
  redirect("/");
});
