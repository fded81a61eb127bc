import { PasswordForm } from "@/components/auth/password-form";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { changePasswordAction } from "@/lib/actions/account";
import { requireActor } from "@/lib/server/auth/page-auth";

export const metadata = { title: "Account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ changed?: string | string[] }> }) {
  const actor = await requireActor();
  const changed = (await searchParams).changed === "1";
  return (
    <>
      <PageHeader title="Account" description={`Signed in as ${actor.email}.`} />
      <Card className="max-w-xl">
        <CardHeader>
          <CardTitle>Change password</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4">
          {changed && (
            <p role="status" className="rounded-md border border-success/40 bg-success/10 px-3 py-2 text-sm">
              Your password was changed. Every other session of your account has ended; this one stays signed in.
            </p>
          )}
          <PasswordForm mode="change" submitText="Change password" action={changePasswordAction} next="/account?changed=1" />
        </CardContent>
      </Card>
    </>
  );
}
