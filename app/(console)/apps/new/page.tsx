import { appConfigSchemas } from "@/components/apps/app-config-schemas";
import { AppForm } from "@/components/apps/app-form";
import { Forbidden } from "@/components/shell/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { pageAllowed, requireActor } from "@/lib/server/auth/page-auth";

export const metadata = { title: "New app" };

export default async function NewAppPage() {
  const actor = await requireActor();
  if (!(await pageAllowed(actor, "app.write"))) return <Forbidden what="apps" />;
  return (
    <>
      <PageHeader title="New app" description="An API this organisation connects to, and how connections to it authenticate." />
      <AppForm schemas={appConfigSchemas()} />
    </>
  );
}
