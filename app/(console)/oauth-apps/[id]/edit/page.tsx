import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { OAuthAppForm } from "@/components/oauth-apps/oauth-app-form";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { recordTitle } from "@/lib/server/page-title";
import { requirePagePermission, requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { getOAuthApp } from "@/lib/server/oauth-apps/get-oauth-app";

// One read per request, shared by the <title> and the page.
const load = cache(async (id: string) => getOAuthApp(await requireActor(), Number(id), await requestContext()));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return recordTitle("Edit OAuth app", "oauthApp.write", () => load(id).then((a) => a.name));
}

export default async function EditOAuthAppPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  await requirePagePermission(actor, "oauthApp.write");
  if (!/^\d{1,9}$/.test(id)) notFound();
  const app = await load(id).catch((error: unknown) =>
    isAppError(error) && error.status === 404 ? notFound() : Promise.reject(error),
  );
  const { name, dataStore, description, clientId, authorizeURI, tokenURI, scope } = app;
  return (
    <>
      <PageHeader title={`Edit ${app.name}`} />
      <OAuthAppForm mode="edit" appId={app.id} version={app.version} secretSet={app.clientSecretSet} defaults={{ name, dataStore, description, clientId, authorizeURI, tokenURI, scope, clientSecretExpiresOn: app.clientSecretExpiresAt?.slice(0, 10) ?? "" }}
      />
    </>
  );
}
