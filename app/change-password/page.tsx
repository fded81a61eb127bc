import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { PasswordForm } from "@/components/auth/password-form";
import { changePasswordAction } from "@/lib/actions/account";
import { loginHref, safeReturnPath } from "@/lib/safe-redirect";
import { getSessionAccount } from "@/lib/server/auth/get-session-actor";

export const metadata: Metadata = { title: "Choose a new password" };

// Where every console page sends a person whose password an admin set (or that was generated),
// until they choose their own (lib/server/auth/page-auth.ts).
export default async function ChangePasswordPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const next = safeReturnPath((await searchParams).callbackUrl);
  const account = await getSessionAccount();
  if (!account) redirect(loginHref(next));
  if (!account.mustChangePassword) redirect(next);
  return (
    <AuthCard title="Choose a new password" description={`${account.email}: your password was set by an administrator. Choose your own to continue.`}>
      <PasswordForm mode="change" submitText="Change password" action={changePasswordAction} next={next} />
    </AuthCard>
  );
}
