import { AppWindowIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { NewProfileForms } from "@/components/oauth-profiles/new-profile-forms";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { listOAuthAppChoices } from "@/lib/server/oauth-apps/list-oauth-app-choices";
import { noticeMessage } from "@/lib/notices";

export const metadata = { title: "New OAuth profile" };

export default async function NewOAuthProfilePage({ searchParams }: { searchParams: Promise<{ app?: string; connect?: string; reason?: string }> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const apps = await listOAuthAppChoices(actor, await requestContext());
  const appId = apps.find((a) => String(a.id) === params.app)?.id;
  return (
    <>
      <PageHeader title="New OAuth profile" description="Sign in at the provider to get tokens, or paste tokens you already have. Tokens are stored encrypted and never shown." />
      {params.connect === "failed" && (
        <p role="alert" data-testid="connect-failed" className="mb-4 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
          Connecting did not finish: {noticeMessage(params.reason)}
        </p>
      )}
      {apps.length > 0 ? (
        <NewProfileForms apps={apps} appId={appId} />
      ) : (
        <EmptyState
          icon={<AppWindowIcon />}
          title="No OAuth apps to connect with"
          description={can(actor.role, "oauthApp.write") ? "Add an OAuth app first." : "Ask an administrator to add an OAuth app."}
          action={
            can(actor.role, "oauthApp.write") && (
              <Button asChild>
                <Link href="/oauth-apps/new">New OAuth app</Link>
              </Button>
            )
          }
        />
      )}
    </>
  );
}
