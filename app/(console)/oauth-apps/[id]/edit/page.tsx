import { notFound } from "next/navigation";
import { OAuthAppForm } from "@/components/oauth-apps/oauth-app-form";
import { Forbidden } from "@/components/shell/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { pageAllowed, requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { getOAuthApp } from "@/lib/server/oauth-apps/get-oauth-app";

export const metadata = { title: "Edit OAuth app" };

export default async function EditOAuthAppPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  if (!(await pageAllowed(actor, "oauthApp.write"))) return <Forbidden what="OAuth apps" />;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const app = await getOAuthApp(actor, Number(id), await requestContext()).catch((error: unknown) =>
    isAppError(error) && error.status === 404 ? notFound() : Promise.reject(error),
  );
  const { name, dataStore, description, clientId, authorizeURI, tokenURI, scope } = app;
  return (
    <>
      <PageHeader title={`Edit ${app.name}`} />
      <OAuthAppForm mode="edit" appId={app.id} version={app.version} secretSet={app.clientSecretSet} defaults={{ name, dataStore, description, clientId, authorizeURI, tokenURI, scope }} />
    </>
  );
}
