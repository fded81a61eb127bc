"use client";

import { useRouter } from "next/navigation";
import { useChangedSinceMount, useUnsavedChanges } from "@/components/forms/use-unsaved-changes";
import { useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { saveAppAction } from "@/lib/actions/apps";
import { FormBanner } from "@/components/forms/form-banner";
import { dataToValues, JsonSchemaFields, valuesToData, type FormValues, type JsonSchema } from "@/components/switchboard/json-schema-fields";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import type { AppDto } from "@/lib/schemas/apps";
import { AUTH_CONFIG_TYPES, AUTH_TYPE_LABELS, type AuthConfigType } from "@/lib/schemas/auth-config-types";

type Props = { app?: AppDto; schemas: Record<AuthConfigType, JsonSchema> };

/** Create / edit an app: server, and one fieldset per auth-config type (write-only secrets blank = keep). */
export function AppForm({ app, schemas }: Props) {
  const router = useRouter();
  const [name, setName] = useState(app?.name ?? "");
  const [serverName, setServerName] = useState(app?.server.name ?? "");
  const [serverUrl, setServerUrl] = useState(app?.server.url ?? "");
  const [enabled, setEnabled] = useState<Set<AuthConfigType>>(new Set(app?.supportedAuthConfigs.map((c) => c.type) ?? []));
  const [values, setValues] = useState<Record<string, FormValues>>(() =>
    Object.fromEntries(AUTH_CONFIG_TYPES.map((t) => [t, dataToValues(schemas[t], app?.supportedAuthConfigs.find((c) => c.type === t)?.data ?? {})])),
  );
  const [errors, setErrors] = useState<Record<string, string | string[] | undefined>>({});
  const [banner, setBanner] = useState<string[]>([]);
  const [pending, startTransition] = useTransition();
  const [saved, setSaved] = useState(false);
  const { confirmLeave } = useUnsavedChanges(useChangedSinceMount({ name, serverName, serverUrl, enabled: [...enabled].sort(), values }) && !saved);

  const submit = () =>
    startTransition(async () => {
      const authConfigs = [];
      for (const type of AUTH_CONFIG_TYPES.filter((t) => enabled.has(t))) {
        const { data, errors: local } = valuesToData(schemas[type], values[type]);
        if (Object.keys(local).length) return setErrors(Object.fromEntries(Object.entries(local).map(([k, v]) => [`${type}.${k}`, v])));
        // An empty write-only field keeps the stored secret: leave it out.
        for (const [k, v] of Object.entries(data)) if (v === "") delete data[k];
        authConfigs.push({ type, data });
      }
      const result = await saveAppAction({ ...(app && { id: app.id, version: app.version }), name, server: { name: serverName, url: serverUrl }, authConfigs });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setBanner([result.error]);
        return;
      }
      toast.success(app ? "App saved" : "App created");
      setSaved(true);
      router.push(`/apps/${result.id}`);
      router.refresh();
    });

  return (
    <form method="post" data-testid="app-form" className="max-w-2xl space-y-6" onSubmit={(e) => (e.preventDefault(), submit())}>
      <FormBanner messages={banner} />
      <fieldset disabled={pending} className="space-y-4">
        <Field label="Name" error={errors.name} required>
          <Input value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        </Field>
        <Field label="Server URL" error={errors["server.url"]} required description="The API's base address, e.g. https://api.example.com">
          <Input value={serverUrl} onChange={(e) => setServerUrl(e.target.value)} autoComplete="off" inputMode="url" />
        </Field>
        <Field label="Server name" error={errors["server.name"]}>
          <Input value={serverName} onChange={(e) => setServerName(e.target.value)} autoComplete="off" />
        </Field>
        <h2 className="pt-2 font-medium">Supported auth types</h2>
        {AUTH_CONFIG_TYPES.map((type) => {
          const stored = app?.supportedAuthConfigs.find((c) => c.type === type);
          const on = enabled.has(type);
          return (
            <fieldset key={type} className="space-y-3 rounded-md border p-3" data-testid={`auth-config-${type}`}>
              <Field label={AUTH_TYPE_LABELS[type]} orientation="horizontal" id={`enable-${type}`}>
                <Checkbox checked={on} onCheckedChange={(c) => setEnabled((s) => { const n = new Set(s); if (c === true) n.add(type); else n.delete(type); return n; })} />
              </Field>
              {on && (
                <JsonSchemaFields
                  idPrefix={type}
                  schema={schemas[type]}
                  values={values[type]}
                  errors={Object.fromEntries(Object.entries(errors).filter(([k]) => k.startsWith(`${type}.`)).map(([k, v]) => [k.slice(type.length + 1), v]))}
                  storedSecrets={Object.keys(stored?.secrets ?? {})}
                  onChange={(field, value) => setValues((all) => ({ ...all, [type]: { ...all[type], [field]: value } }))}
                />
              )}
            </fieldset>
          );
        })}
      </fieldset>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending && <Spinner aria-hidden />}
          {app ? "Save app" : "Create app"}
        </Button>
        <Button type="button" variant="outline" onClick={() => confirmLeave() && router.push(app ? `/apps/${app.id}` : "/apps")} disabled={pending}>Cancel</Button>
      </div>
    </form>
  );
}
