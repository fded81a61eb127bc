import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { InvitationAnswer } from "@/components/auth/invitation-answer";
import { PasswordForm } from "@/components/auth/password-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { acceptInvitationWithPasswordAction } from "@/lib/actions/account";
import { loginHref } from "@/lib/safe-redirect";
import { getSessionAccount } from "@/lib/server/auth/get-session-actor";
import { changePasswordHref } from "@/lib/server/auth/page-auth";
import { findInvitation } from "@/lib/server/invitations/find-invitation";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

// An invitation's link. Answering takes the link and the account: signed in as the invited
// account (a new account with no password yet chooses it here instead).
export default async function InvitationPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const token = (await searchParams).token;
  const invitation = typeof token === "string" ? await findInvitation(token) : null;
  if (!invitation || typeof token !== "string") {
    return (
      <AuthCard title="Invitation not valid" description="This link was used, revoked or replaced by a newer one, or it has expired.">
        <p className="text-sm">Ask the organisation&apos;s administrator for a new invitation.</p>
      </AuthCard>
    );
  }
  const here = `/invitation?token=${encodeURIComponent(token)}`;
  const title = `${invitation.organization.name} invites you`;
  const description = `as ${invitation.role}, to sign in as ${invitation.email}.`;
  if (invitation.needsPassword) {
    return (
      <AuthCard title={title} description={`${description} Choose your password to join.`}>
        <PasswordForm mode="link" token={token} submitText="Set password and join" action={acceptInvitationWithPasswordAction} next="/" />
      </AuthCard>
    );
  }
  const account = await getSessionAccount();
  if (!account) {
    return (
      <AuthCard title={title} description={description}>
        <p className="text-sm">Sign in as {invitation.email} to accept or decline.</p>
        <Link href={loginHref(here)} className="text-sm underline">
          Sign in
        </Link>
      </AuthCard>
    );
  }
  if (account.id !== invitation.userId) {
    return (
      <AuthCard title={title} description={description}>
        <p className="text-sm" role="alert">
          You are signed in as {account.email}. This invitation is for another account: sign out, then sign in as {invitation.email}.
        </p>
        <SignOutButton />
      </AuthCard>
    );
  }
  if (account.mustChangePassword) redirect(changePasswordHref(here));
  return (
    <AuthCard title={`${invitation.organization.name} invites you as ${invitation.role}`} description={`Signed in as ${account.email}.`}>
      <InvitationAnswer token={token} organization={invitation.organization.name} />
    </AuthCard>
  );
}
