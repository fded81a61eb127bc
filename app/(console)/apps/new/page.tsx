import { appConfigSchemas } from "@/components/apps/app-config-schemas";
import { AppForm } from "@/components/apps/app-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission, requireActor } from "@/lib/server/auth/page-auth";

export const metadata = { title: "New app" };

export default async function NewAppPage() {
  const actor = await requireActor();
  await requirePagePermission(actor, "app.write");
  return (
    <>
      <PageHeader title="New app" description="An API this organisation connects to, and how connections to it authenticate." />
      <AppForm schemas={appConfigSchemas()} />
    </>
  );
}
