import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { AuthCard } from "@/components/auth/auth-card";
import { PasswordForm } from "@/components/auth/password-form";
import { resetPasswordAction } from "@/lib/actions/account";
import { findResetLink } from "@/lib/server/passwords/reset-links";

export const metadata: Metadata = { title: "Set a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const token = (await searchParams).token;
  const link = await findResetLink(token);
  if (!link || typeof token !== "string") {
    return (
      <AuthCard title="Link not valid" description="This reset link was used or replaced by a newer one, or it has expired.">
        <p className="text-sm">Ask an administrator for a new link.</p>
        <Link href="/login" className="text-sm underline">
          Sign in
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Set a new password" description={`For ${link.email}. Every session of the account ends.`}>
      <PasswordForm
        mode="link"
        token={token}
        submitText="Set password"
        action={resetPasswordAction}
        doneText={
          <>
            <p>Your password was set. Every earlier session has ended.</p>
            <Link href="/login" className="underline">
              Sign in
            </Link>
          </>
        }
      />
    </AuthCard>
  );
}
