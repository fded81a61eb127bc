import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { appConfigSchemas } from "@/components/apps/app-config-schemas";
import { AppForm } from "@/components/apps/app-form";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { recordTitle } from "@/lib/server/page-title";
import { getApp } from "@/lib/server/apps/get-app";
import { requirePagePermission, requestContext, requireActor } from "@/lib/server/auth/page-auth";

// One read per request, shared by the <title> and the page.
const load = cache(async (appId: string) => getApp(await requireActor(), appId, await requestContext()));

export async function generateMetadata({ params }: { params: Promise<{ appId: string }> }): Promise<Metadata> {
  const { appId } = await params;
  return recordTitle("Edit app", "app.write", () => load(appId).then((a) => a.name));
}

export default async function EditAppPage({ params }: { params: Promise<{ appId: string }> }) {
  const { appId } = await params;
  const actor = await requireActor();
  await requirePagePermission(actor, "app.write");
  const app = await load(appId).catch((error: unknown) => (isAppError(error) && error.status === 404 ? notFound() : Promise.reject(error)));
  return (
    <>
      <PageHeader title={`Edit ${app.name}`} description="Replaces the app's server and auth configs. Secret fields left blank keep their stored value." />
      <AppForm app={app} schemas={appConfigSchemas()} />
    </>
  );
}
