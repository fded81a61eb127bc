import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginFields } from "@/components/auth/login-fields";
import { LoginForm } from "@/components/auth/login-form";
import { signInErrorMessage, SsoSignIn } from "@/components/auth/sso-sign-in";
import { Card, CardContent } from "@/components/ui/card";
import { safeReturnPath } from "@/lib/safe-redirect";
import { getSessionActor } from "@/lib/server/auth/get-session-actor";
import { signInOptions } from "@/lib/server/auth/oidc-config";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await getSessionActor()) redirect(callbackUrl);
  const { sso, password } = signInOptions();
  const error = signInErrorMessage(params.error);
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm space-y-6">
        <div className="space-y-1 text-center">
          <h1 className="text-2xl font-semibold tracking-tight">Integration Console</h1>
          <p className="text-sm text-muted-foreground">Sign in to manage your organisation&apos;s integrations.</p>
        </div>
        <Card>
          <CardContent className="space-y-4 pt-6">
            {error && (
              <p data-testid="sso-error" role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
                {error}
              </p>
            )}
            {sso && <SsoSignIn name={sso.name} callbackUrl={callbackUrl} />}
            {sso && password && (
              <p className="flex items-center gap-3 text-xs text-muted-foreground before:h-px before:flex-1 before:bg-border after:h-px after:flex-1 after:bg-border">or with your password</p>
            )}
            {password && (
              <LoginForm callbackUrl={callbackUrl}>
                <LoginFields />
              </LoginForm>
            )}
            {!sso && !password && <p className="text-sm text-muted-foreground">No sign-in method is configured. Tell the console&apos;s operator.</p>}
          </CardContent>
        </Card>
      </div>
    </main>
  );
}
