import { PasswordForm } from "@/components/auth/password-form";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { changePasswordAction } from "@/lib/actions/account";
import { requireActor } from "@/lib/server/auth/page-auth";

export const metadata = { title: "Account" };

export default async function AccountPage() {
  const actor = await requireActor();
  return (
    <>
      <PageHeader title="Account" description={`Signed in as ${actor.email}.`} />
      <Card className="max-w-xl">
        <CardHeader>
          <CardTitle>Change password</CardTitle>
        </CardHeader>
        <CardContent>
          <PasswordForm
            mode="change"
            submitText="Change password"
            action={changePasswordAction}
            doneText={<p>Your password was changed. Every other session of your account has ended; this one stays signed in.</p>}
          />
        </CardContent>
      </Card>
    </>
  );
}
