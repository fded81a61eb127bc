"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { updateIntegrationAction } from "@/lib/actions/integrations";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useUnsavedChanges } from "@/components/forms/use-unsaved-changes";
import type { Template } from "@/lib/templates/types";
import { applyServerErrors } from "./apply-server-errors";
import { EditConflictBanner } from "@/components/forms/edit-conflict-banner";
import { FormBanner } from "@/components/forms/form-banner";
import { IntegrationFormFields } from "./integration-form-fields";
import { useLazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { configPayload, givesSecret, NEW_SECRET_DATE, permissionsPayload, secretExpiryPayload, type IntegrationFormValues } from "./integration-form-schema";
import type { SecretMode } from "./secret-field";
import type { SecretState } from "./template-config-fields";

type Props = {
  guid: string;
  /** The registry's entry, passed by the page, so the form's JavaScript carries one template, not the registry. */
  template: Template;
  /** The version these values were loaded at; every save sends it back. */
  version: number;
  /** Stored name, description, tags, permissions and non-secret config; secret fields are always blank. */
  defaults: IntegrationFormValues;
  secrets: Record<string, SecretState>;
};

export function EditIntegrationForm({ guid, template, version: loadedVersion, defaults, secrets }: Props) {
  const router = useRouter();
  const version = loadedVersion;
  const [secretModes, setSecretModes] = useState<Record<string, SecretMode>>({});
  const [conflict, setConflict] = useState(false);
  const [banner, setBanner] = useState<string[]>([]);
  const [leaving, setLeaving] = useState(false);
  const setSecrets = Object.keys(secrets).filter((name) => secrets[name].set);
  const setSecretsKey = setSecrets.join(",");
  const resolver = useLazyZodResolver<IntegrationFormValues>(
    () => import("./integration-form-zod").then((m) => m.integrationFormSchema(template, { mode: "edit", setSecrets: setSecretsKey ? setSecretsKey.split(",") : [] })),
    `${template.id}:${setSecretsKey}`,
  );
  const form = useForm<IntegrationFormValues>({
    resolver,
    defaultValues: defaults,
  });

  const clears = Object.keys(secretModes).filter((name) => secretModes[name] === "clear");
  const dirty = form.formState.isDirty || clears.length > 0;
  const { confirmLeave } = useUnsavedChanges(dirty && !leaving);

  const onSubmit = form.handleSubmit(async (values) => {
    setBanner([]);
    // Replacing a dated secret asks for the new one's date (the old date belonged to the old secret).
    if (values.secretExpiresOn && givesSecret(template, values.config) && !form.formState.dirtyFields.secretExpiresOn) {
      form.setError("secretExpiresOn", { message: NEW_SECRET_DATE });
      return;
    }
    const config: Record<string, unknown> = configPayload(template, values.config, "edit");
    // null clears a stored secret (blank would keep it).
    for (const name of clears) config[name] = null;
    const result = await updateIntegrationAction({
      guid,
      version,
      name: values.name,
      description: values.description,
      tags: values.tags,
      // Sent as loaded when untouched: the version check keeps a concurrent change from being overwritten.
      permissions: permissionsPayload(values.permissions),
      config,
      secret_expires_time: secretExpiryPayload(values.secretExpiresOn),
    });
    if (!result.ok) {
      if (result.conflict) {
        setConflict(true);
        window.scrollTo({ top: 0, behavior: "smooth" });
        return;
      }
      // A stored secret asked for again (its endpoint changed): open its field to show why.
      const asked = Object.keys(result.fieldErrors ?? {}).map((key) => key.replace(/^config\./, "")).filter((name) => setSecrets.includes(name));
      if (asked.length) setSecretModes((modes) => ({ ...modes, ...Object.fromEntries(asked.map((name) => [name, "replace" as const])) }));
      return setBanner(applyServerErrors(form.setError, template, result));
    }
    setLeaving(true);
    toast.success(`Saved ${values.name}`);
    router.push(`/integrations/${guid}`);
  });

  const busy = form.formState.isSubmitting || leaving;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="max-w-2xl">
      <fieldset disabled={busy} className="space-y-6">
        {conflict && <EditConflictBanner />}
        <FormBanner messages={banner} />
        <IntegrationFormFields
          template={template}
          form={form}
          mode="edit"
          secrets={secrets}
          secretModes={secretModes}
          onSecretModeChange={(name, mode) => setSecretModes((modes) => ({ ...modes, [name]: mode }))}
        />
        <div className="flex gap-2">
          {/* After a conflict, saving would overwrite someone else's change: reload first. */}
          <Button type="submit" disabled={conflict}>
            {busy && <Spinner aria-hidden />}
            {busy ? "Saving…" : "Save changes"}
          </Button>
          <Button type="button" variant="ghost" onClick={() => confirmLeave() && router.push(`/integrations/${guid}`)}>
            Cancel
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
