import { ArrowLeftIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { CreateIntegrationForm } from "@/components/integrations/create-integration-form";
import { TemplatePicker } from "@/components/integrations/template-picker";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission, requireActor } from "@/lib/server/auth/page-auth";
import { getTemplate, TEMPLATES } from "@/lib/templates/registry";

export const metadata = { title: "New integration" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// /integrations/new: step 1 picks a template; /integrations/new?template=<id> is step 2, its form.
export default async function NewIntegrationPage({ searchParams }: Props) {
  const actor = await requireActor();
  await requirePagePermission(actor, "integration.create");
  const { template: id } = await searchParams;
  const template = typeof id === "string" ? getTemplate(id) : undefined;

  if (!template) {
    return (
      <>
        <PageHeader title="New integration" description="Step 1 of 2 — choose the service this integration connects to." />
        <TemplatePicker templates={TEMPLATES} />
      </>
    );
  }
  return (
    <>
      <Button asChild variant="ghost" size="sm" className="-ml-2 mb-2">
        <Link href="/integrations/new">
          <ArrowLeftIcon aria-hidden />
          Choose another template
        </Link>
      </Button>
      <PageHeader title={`New ${template.name} integration`} description="Step 2 of 2 — name it and fill in the settings from your provider." />
      {/* keyed: switching templates starts a fresh form */}
      <CreateIntegrationForm key={template.id} template={template} />
    </>
  );
}
