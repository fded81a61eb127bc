import type { Metadata } from "next";
import { cache } from "react";
import { ArrowLeftIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { EditIntegrationForm } from "@/components/integrations/edit-integration-form";
import { formatRelative } from "@/lib/format";
import { secretFieldStatuses } from "@/components/integrations/secret-fields";
import type { SecretState } from "@/components/integrations/template-config-fields";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { recordTitle } from "@/lib/server/page-title";
import { requirePagePermission, requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { getIntegration } from "@/lib/server/integrations/get-integration";
import { getTemplate } from "@/lib/templates/registry";
import { templateFormDefaults } from "@/lib/templates/zod";

// One read per request, shared by the <title> and the page.
const load = cache(async (guid: string) => getIntegration(await requireActor(), guid, await requestContext()));

export async function generateMetadata({ params }: { params: Promise<{ guid: string }> }): Promise<Metadata> {
  const { guid } = await params;
  return recordTitle("Edit integration", "integration.update", () => load(guid).then((i) => i.name || i.guid));
}

type Props = { params: Promise<{ guid: string }> };

// /integrations/{guid}/edit (admins). The form gets non-secret values and secret *status* only,
// plus the version it loaded, which every save sends back.
export default async function EditIntegrationPage({ params }: Props) {
  const { guid } = await params;
  const actor = await requireActor();
  await requirePagePermission(actor, "integration.update");
  const integration = await load(guid).catch((error: unknown) =>
    isAppError(error) && error.status === 404 ? notFound() : Promise.reject(error),
  );
  const template = getTemplate(integration.template);
  const back = (
    <Button asChild variant="ghost" size="sm" className="-ml-2 mb-2 max-w-full">
      <Link href={`/integrations/${integration.guid}`}>
        <ArrowLeftIcon aria-hidden />
        <span className="truncate">{integration.name || "Integration"}</span>
      </Link>
    </Button>
  );
  if (!template) {
    return (
      <>
        {back}
        <ErrorState title="This integration cannot be edited here" message={`Its template "${integration.template}" is no longer in the registry.`} />
      </>
    );
  }

  const secrets: Record<string, SecretState> = Object.fromEntries(
    secretFieldStatuses(integration).map((s) => [s.name, { set: s.set, note: s.set && s.updatedAt ? `Set · changed ${formatRelative(s.updatedAt)}` : "Not set" }]),
  );
  return (
    <>
      {back}
      <PageHeader title={`Edit ${integration.name || "integration"}`} description={`${template.name} · ${integration.authType}`} />
      <EditIntegrationForm
        guid={integration.guid}
        template={template}
        version={integration.version}
        defaults={{
          name: integration.name,
          description: integration.description,
          tags: integration.tags,
          permissions: integration.permissions.map((p) =>
            p.userGuid ? { kind: "user" as const, guid: p.userGuid, label: p.label } : { kind: "group" as const, guid: p.groupGuid ?? "", label: p.label },
          ),
          config: templateFormDefaults(template, integration.config),
          secretExpiresOn: integration.secretExpiresAt?.slice(0, 10) ?? "",
        }}
        secrets={secrets}
      />
    </>
  );
}
