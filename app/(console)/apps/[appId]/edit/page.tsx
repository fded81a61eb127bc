import { notFound } from "next/navigation";
import { appConfigSchemas } from "@/components/apps/app-config-schemas";
import { AppForm } from "@/components/apps/app-form";
import { Forbidden } from "@/components/shell/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { getApp } from "@/lib/server/apps/get-app";
import { pageAllowed, requestContext, requireActor } from "@/lib/server/auth/page-auth";

export const metadata = { title: "Edit app" };

export default async function EditAppPage({ params }: { params: Promise<{ appId: string }> }) {
  const { appId } = await params;
  const actor = await requireActor();
  if (!(await pageAllowed(actor, "app.write"))) return <Forbidden what="apps" />;
  const app = await getApp(actor, appId, await requestContext()).catch((error: unknown) => (isAppError(error) && error.status === 404 ? notFound() : Promise.reject(error)));
  return (
    <>
      <PageHeader title={`Edit ${app.name}`} description="Replaces the app's server and auth configs. Secret fields left blank keep their stored value." />
      <AppForm app={app} schemas={appConfigSchemas()} />
    </>
  );
}
