"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { createIntegrationAction } from "@/lib/actions/integrations";
import { Button } from "@/components/ui/button";
import { useUnsavedChanges } from "@/components/forms/use-unsaved-changes";
import { Spinner } from "@/components/ui/spinner";
import type { Template } from "@/lib/templates/types";
import { templateFormDefaults } from "@/lib/templates/form-defaults";
import { applyServerErrors } from "./apply-server-errors";
import { FormBanner } from "@/components/forms/form-banner";
import { IntegrationFormFields } from "./integration-form-fields";
import { useLazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { configPayload, permissionsPayload, type IntegrationFormValues } from "./integration-form-schema";

/**
 * Step 2 of "New integration": the form generated from the chosen template. `template` is the
 * registry's entry, passed by the page, so the form's JavaScript carries one template, not the registry.
 */
export function CreateIntegrationForm({ template }: { template: Template }) {
  const router = useRouter();
  const [banner, setBanner] = useState<string[]>([]);
  const [leaving, setLeaving] = useState(false);
  // The schema is built at run time from the registry, so its static type is generic.
  const resolver = useLazyZodResolver<IntegrationFormValues>(() => import("./integration-form-zod").then((m) => m.integrationFormSchema(template, { mode: "create" })), template.id);
  const form = useForm<IntegrationFormValues>({
    resolver,
    defaultValues: { name: "", description: "", tags: [], permissions: [], config: templateFormDefaults(template), secretExpiresOn: "" },
  });

  const { confirmLeave } = useUnsavedChanges(form.formState.isDirty && !leaving);

  const onSubmit = form.handleSubmit(async (values) => {
    setBanner([]);
    const result = await createIntegrationAction({
      name: values.name,
      description: values.description,
      template: template.id,
      tags: values.tags,
      permissions: permissionsPayload(values.permissions),
      config: configPayload(template, values.config, "create"),
      ...(values.secretExpiresOn && { secret_expires_time: values.secretExpiresOn }),
    });
    if (!result.ok) return setBanner(applyServerErrors(form.setError, template, result));
    setLeaving(true);
    toast.success(`Created ${values.name}`);
    router.push(`/integrations/${result.guid}`);
  });

  const busy = form.formState.isSubmitting || leaving;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="max-w-2xl">
      <fieldset disabled={busy} className="space-y-6">
        <FormBanner messages={banner} />
        <IntegrationFormFields template={template} form={form} mode="create" />
        <div className="flex gap-2">
          <Button type="submit">
            {busy && <Spinner aria-hidden />}
            {busy ? "Creating…" : "Create integration"}
          </Button>
          <Button type="button" variant="ghost" onClick={() => confirmLeave() && router.push("/integrations/new")}>
            Back
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
