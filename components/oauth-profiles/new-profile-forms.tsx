"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm, type UseFormReturn } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { connectOAuthProfileAction, createOAuthProfileAction } from "@/lib/actions/oauth-profiles";
import { useServerFieldErrors } from "@/components/forms/use-server-field-errors";
import { FormBanner } from "@/components/forms/form-banner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { LazySelect } from "@/components/ui/lazy-select";
import { Spinner } from "@/components/ui/spinner";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { Textarea } from "@/components/ui/textarea";
import { useLazyZodResolver } from "@/components/forms/lazy-zod-resolver";

export type AppChoice = { id: number; name: string; dataStoreName: string };
type Values = { name: string; oauthAppId: number; description: string; accessToken?: string; refreshToken?: string };
const FIELDS = ["name", "oauthAppId", "description", "accessToken", "refreshToken"] as const;

function CommonFields({ form, apps, onAppChange }: { form: UseFormReturn<Values>; apps: AppChoice[]; onAppChange?: (id: number) => void }) {
  const { errors } = form.formState;
  return (
    <>
      <Field label="OAuth app" required error={errors.oauthAppId?.message}>
        {(control) => (
          <Controller
            control={form.control}
            name="oauthAppId"
            render={({ field }) => (
              // Radix Select loads when the list is first opened (components/ui/lazy-select.tsx).
              <LazySelect
                {...control}
                value={field.value ? String(field.value) : ""}
                onValueChange={(value) => {
                  field.onChange(Number(value));
                  onAppChange?.(Number(value));
                }}
                options={apps.map((app) => ({ value: String(app.id), label: `${app.name} — ${app.dataStoreName}` }))}
                placeholder="Choose an app"
                className="w-full sm:w-80"
              />
            )}
          />
        )}
      </Field>
      <Field label="Profile name" required error={errors.name?.message} description="Letters, digits and _ only; unique among your profiles.">
        <Input autoComplete="off" spellCheck={false} {...form.register("name")} />
      </Field>
      <Field label="Description" error={errors.description?.message}>
        <Textarea rows={2} {...form.register("description")} />
      </Field>
    </>
  );
}

function useProfileForm(schema: "connectOAuthProfileSchema" | "createOAuthProfileSchema", appId: number | undefined) {
  const resolver = useLazyZodResolver<Values>(() => import("@/lib/schemas/oauth-profiles").then((m) => m[schema]), schema);
  const form = useForm<Values>({
    resolver,
    defaultValues: { name: "", description: "", oauthAppId: appId ?? (undefined as unknown as number), accessToken: "", refreshToken: "" },
  });
  return { form, showServerErrors: useServerFieldErrors(form, FIELDS) };
}

/** "Connect with <app>": the provider's own sign-in and consent in this browser; the profile is created when it sends the browser back. */
function ConnectForm({ apps, appId }: { apps: AppChoice[]; appId?: number }) {
  const { form, showServerErrors } = useProfileForm("connectOAuthProfileSchema", appId);
  const [banner, setBanner] = useState<string[]>([]);
  const [leaving, setLeaving] = useState(false);
  const [chosen, setChosen] = useState(appId);
  const appName = apps.find((a) => a.id === chosen)?.name;
  const onSubmit = form.handleSubmit(async ({ name, oauthAppId, description }) => {
    setBanner([]);
    const result = await connectOAuthProfileAction({ name, oauthAppId, description });
    if (!result.ok) {
      if (!showServerErrors(result.fieldErrors)) setBanner([result.error]);
      return;
    }
    setLeaving(true);
    window.location.assign(result.url);
  });
  const busy = form.formState.isSubmitting || leaving;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="max-w-2xl" data-testid="connect-form">
      <fieldset disabled={busy} className="space-y-5">
        <FormBanner messages={banner} />
        <CommonFields form={form} apps={apps} onAppChange={setChosen} />
        <Button type="submit">
          {busy && <Spinner aria-hidden />}
          {busy ? "Opening the provider…" : appName ? `Connect with ${appName}` : "Connect"}
        </Button>
      </fieldset>
    </form>
  );
}

/** "Paste tokens": tokens obtained elsewhere; stored encrypted, never shown again. */
function PasteTokensForm({ apps, appId }: { apps: AppChoice[]; appId?: number }) {
  const router = useRouter();
  const { form, showServerErrors } = useProfileForm("createOAuthProfileSchema", appId);
  const [banner, setBanner] = useState<string[]>([]);
  const [leaving, setLeaving] = useState(false);
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setBanner([]);
    const result = await createOAuthProfileAction(values);
    if (!result.ok) {
      if (!showServerErrors(result.fieldErrors)) setBanner([result.error]);
      return;
    }
    setLeaving(true);
    toast.success(`Created ${values.name}`);
    router.push(`/oauth-profiles/${result.id}`);
  });
  const busy = form.formState.isSubmitting || leaving;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="max-w-2xl" data-testid="paste-tokens-form">
      <fieldset disabled={busy} className="space-y-5">
        <FormBanner messages={banner} />
        <CommonFields form={form} apps={apps} />
        <Field label="Refresh token" required error={errors.refreshToken?.message}>
          <Input type="password" autoComplete="off" spellCheck={false} {...form.register("refreshToken")} />
        </Field>
        <Field label="Access token" error={errors.accessToken?.message} description="Optional: a refresh gets a new one.">
          <Input type="password" autoComplete="off" spellCheck={false} {...form.register("accessToken")} />
        </Field>
        <Button type="submit">
          {busy && <Spinner aria-hidden />}
          {busy ? "Saving…" : "Create profile"}
        </Button>
      </fieldset>
    </form>
  );
}

export function NewProfileForms({ apps, appId }: { apps: AppChoice[]; appId?: number }) {
  return (
    <Tabs defaultValue="connect">
      <TabsList className="mb-4">
        <TabsTrigger value="connect">Connect in the browser</TabsTrigger>
        <TabsTrigger value="paste">Paste tokens</TabsTrigger>
      </TabsList>
      <TabsContent value="connect">
        <ConnectForm apps={apps} appId={appId} />
      </TabsContent>
      <TabsContent value="paste">
        <PasteTokensForm apps={apps} appId={appId} />
      </TabsContent>
    </Tabs>
  );
}
