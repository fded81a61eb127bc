"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { createOAuthAppAction, updateOAuthAppAction } from "@/lib/actions/oauth-apps";
import { useUnsavedChanges } from "@/components/forms/use-unsaved-changes";
import { useServerFieldErrors } from "@/components/forms/use-server-field-errors";
import { EditConflictBanner } from "@/components/forms/edit-conflict-banner";
import { FormBanner } from "@/components/forms/form-banner";
import { SecretExpiryField } from "@/components/forms/secret-expiry-field";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { LazySelect } from "@/components/ui/lazy-select";
import { Spinner } from "@/components/ui/spinner";
import { Textarea } from "@/components/ui/textarea";
import { useLazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { DATA_STORES } from "@/lib/schemas/data-stores";

type Values = {
  name: string;
  dataStore: number;
  description: string;
  clientId: string;
  clientSecret: string;
  authorizeURI: string;
  tokenURI: string;
  scope: string;
  /** YYYY-MM-DD or "": sent as `clientSecretExpiresAt` (not part of the API schema the resolver checks). */
  clientSecretExpiresOn: string;
};
const FIELDS = ["name", "dataStore", "description", "clientId", "clientSecret", "authorizeURI", "tokenURI", "scope", "clientSecretExpiresOn"] as const;

type Props =
  | { mode: "create"; defaults?: undefined; appId?: undefined; version?: undefined; secretSet?: undefined }
  | { mode: "edit"; defaults: Omit<Values, "clientSecret">; appId: number; version: number; secretSet: boolean };

/** New and Edit share the API's schema; on Edit an empty client secret keeps the stored one. */
export function OAuthAppForm({ mode, defaults, appId, version, secretSet }: Props) {
  const router = useRouter();
  const [banner, setBanner] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const resolver = useLazyZodResolver<Values>(() => import("@/lib/schemas/oauth-apps").then((m) => (mode === "create" ? m.createOAuthAppSchema : m.updateOAuthAppSchema)), mode);
  const form = useForm<Values>({
    resolver,
    defaultValues: { name: "", dataStore: 63, description: "", clientId: "", authorizeURI: "", tokenURI: "", scope: "", clientSecretExpiresOn: "", ...defaults, clientSecret: "" },
  });
  const showServerErrors = useServerFieldErrors(form, FIELDS);
  const { errors, isDirty } = form.formState;
  const { confirmLeave } = useUnsavedChanges(isDirty && !leaving);

  const onSubmit = form.handleSubmit(async (values) => {
    setBanner([]);
    const expiresOn = form.getValues("clientSecretExpiresOn");
    const result =
      mode === "create"
        ? await createOAuthAppAction({ ...values, ...(expiresOn && { clientSecretExpiresAt: expiresOn }) })
        : await updateOAuthAppAction({ id: appId, version, ...values, clientSecretExpiresAt: expiresOn || null });
    if (!result.ok) {
      if (result.conflict) return setConflict(true);
      if (!showServerErrors(result.fieldErrors)) setBanner([result.error]);
      return;
    }
    setLeaving(true);
    toast.success(mode === "create" ? `Created ${values.name}` : `Saved ${values.name}`);
    router.push(`/oauth-apps/${"id" in result ? result.id : appId}`);
  });

  const busy = form.formState.isSubmitting || leaving;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="max-w-2xl" data-testid="oauth-app-form">
      <fieldset disabled={busy} className="space-y-5">
        {conflict && <EditConflictBanner what="this OAuth app" />}
        <FormBanner messages={banner} />
        <Field label="Name" required error={errors.name?.message} description="Letters, digits and _ only; unique in the organisation.">
          <Input autoComplete="off" spellCheck={false} {...form.register("name")} />
        </Field>
        <Field label="Data store" required error={errors.dataStore?.message}>
          {(control) => (
            <Controller
              control={form.control}
              name="dataStore"
              render={({ field }) => (
                // Radix Select loads when the list is first opened (components/ui/lazy-select.tsx).
                <LazySelect
                  {...control}
                  value={String(field.value)}
                  onValueChange={(value) => field.onChange(Number(value))}
                  options={DATA_STORES.map((store) => ({ value: String(store.id), label: `${store.label} (${store.id})` }))}
                  className="w-full sm:w-72"
                />
              )}
            />
          )}
        </Field>
        <Field label="Description" error={errors.description?.message}>
          <Textarea rows={2} {...form.register("description")} />
        </Field>
        <Field label="Client ID" required error={errors.clientId?.message}>
          <Input autoComplete="off" spellCheck={false} {...form.register("clientId")} />
        </Field>
        <Field
          label="Client secret"
          required={mode === "create"}
          error={errors.clientSecret?.message}
          description={mode === "edit" ? (secretSet ? "Stored. Leave empty to keep it; type a new one to replace it." : "Not set.") : "Stored encrypted; never shown again."}
        >
          <Input type="password" autoComplete="new-password" spellCheck={false} {...form.register("clientSecret")} />
        </Field>
        <Controller
          control={form.control}
          name="clientSecretExpiresOn"
          render={({ field }) => <SecretExpiryField id="oauth-app-secret-expires" value={field.value ?? ""} onChange={field.onChange} onBlur={field.onBlur} error={errors.clientSecretExpiresOn?.message} />}
        />
        <Field label="Authorization URL" required error={errors.authorizeURI?.message} description="Where users sign in and consent (https).">
          <Input type="url" inputMode="url" spellCheck={false} placeholder="https://provider.example/oauth2/authorize" {...form.register("authorizeURI")} />
        </Field>
        <Field label="Token URL" required error={errors.tokenURI?.message} description="Where the console exchanges codes and refresh tokens (https).">
          <Input type="url" inputMode="url" spellCheck={false} placeholder="https://provider.example/oauth2/token" {...form.register("tokenURI")} />
        </Field>
        <Field label="Scope" error={errors.scope?.message} description="Space-separated.">
          <Input spellCheck={false} {...form.register("scope")} />
        </Field>
        <div className="flex gap-2">
          <Button type="submit" disabled={conflict}>
            {busy && <Spinner aria-hidden />}
            {busy ? "Saving…" : mode === "create" ? "Create OAuth app" : "Save changes"}
          </Button>
          <Button type="button" variant="ghost" onClick={() => confirmLeave() && router.push(mode === "create" ? "/oauth-apps" : `/oauth-apps/${appId}`)}>
            Cancel
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
