import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginFields } from "@/components/auth/login-fields";
import { LoginForm } from "@/components/auth/login-form";
import { Card, CardContent } from "@/components/ui/card";
import { safeReturnPath } from "@/lib/safe-redirect";
import { getSessionActor } from "@/lib/server/auth/get-session-actor";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  if (await getSessionActor()) redirect(callbackUrl);
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm space-y-6">
        <div className="space-y-1 text-center">
          <h1 className="text-2xl font-semibold tracking-tight">Integration Console</h1>
          <p className="text-sm text-muted-foreground">Sign in to manage your organisation&apos;s integrations.</p>
        </div>
        <Card>
          <CardContent className="pt-6">
            <LoginForm callbackUrl={callbackUrl}>
              <LoginFields />
            </LoginForm>
          </CardContent>
        </Card>
      </div>
    </main>
  );
}
