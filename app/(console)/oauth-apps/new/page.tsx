import { OAuthAppForm } from "@/components/oauth-apps/oauth-app-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission, requireActor } from "@/lib/server/auth/page-auth";

export const metadata = { title: "New OAuth app" };

export default async function NewOAuthAppPage() {
  const actor = await requireActor();
  await requirePagePermission(actor, "oauthApp.write");
  return (
    <>
      <PageHeader title="New OAuth app" description="The client registration you made with the provider. The callback URL to register is shown on the app's page." />
      <OAuthAppForm mode="create" />
    </>
  );
}
