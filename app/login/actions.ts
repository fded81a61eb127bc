"use server";

import { AuthError } from "next-auth";
import { safeReturnPath } from "@/lib/safe-redirect";
import { loginSchema } from "@/lib/schemas/auth";
import { signIn } from "@/lib/server/auth/auth";

export type LoginState = { error: string } | undefined;

/** Signs in with email + password; wrong password and unknown account get the same message. */
export async function loginAction(input: unknown, callbackUrl: unknown): Promise<LoginState> {
  const parsed = loginSchema.safeParse(input);
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
