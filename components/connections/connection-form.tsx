"use client";

import { useRouter } from "next/navigation";
import { useChangedSinceMount, useUnsavedChanges } from "@/components/forms/use-unsaved-changes";
import { useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { createConnectionAction, updateConnectionAction } from "@/lib/actions/connections";
import { FormBanner } from "@/components/forms/form-banner";
import { SecretExpiryField } from "@/components/forms/secret-expiry-field";
import { dataToValues, JsonSchemaFields, valuesToData, type FormValues, type JsonSchema } from "@/components/switchboard/json-schema-fields";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";

type Props =
  | { mode: "create"; schema: JsonSchema; appId: string; authType: string; defaultName: string }
  | { mode: "edit"; schema: JsonSchema; id: string; version: number; name: string; data: Record<string, unknown>; storedSecrets: string[]; secretExpiresOn?: string };

/** New / Edit connection: the name, then the fields of the auth type's JSON Schema. Blank secrets keep the stored ones. */
export function ConnectionForm(props: Props) {
  const router = useRouter();
  const [name, setName] = useState(props.mode === "create" ? props.defaultName : props.name);
  const [values, setValues] = useState<FormValues>(props.mode === "edit" ? dataToValues(props.schema, props.data) : {});
  const [expiresOn, setExpiresOn] = useState(props.mode === "edit" ? (props.secretExpiresOn ?? "") : "");
  const hasSecret = Object.values(props.schema.properties ?? {}).some((p) => p.writeOnly);
  const [errors, setErrors] = useState<Record<string, string | string[] | undefined>>({});
  const [banner, setBanner] = useState<string[]>([]);
  const [pending, startTransition] = useTransition();
  const [saved, setSaved] = useState(false);
  const { confirmLeave } = useUnsavedChanges(useChangedSinceMount({ name, values }) && !saved);

  const submit = () =>
    startTransition(async () => {
      setBanner([]);
      const { data, errors: local } = valuesToData(props.schema, values);
      if (Object.keys(local).length) return setErrors(local);
      const result =
        props.mode === "create"
          ? await createConnectionAction({ name, appId: props.appId, authType: props.authType, data, ...(expiresOn && { secretExpiresAt: expiresOn }) })
          : await updateConnectionAction({ id: props.id, version: props.version, name, data, ...(hasSecret && { secretExpiresAt: expiresOn || null }) });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        const fieldLevel = Object.keys(result.fieldErrors ?? {}).some((k) => k === "name" || k.startsWith("data."));
        setBanner(fieldLevel ? [] : [result.conflict ? `${result.error} Reload the page to see the current values.` : result.error]);
        return;
      }
      toast.success(props.mode === "create" ? "Connection created" : "Connection saved");
      setSaved(true);
      router.push(`/connections/${props.mode === "create" && "id" in result ? result.id : props.mode === "edit" ? props.id : ""}`);
      router.refresh();
    });

  return (
    <form
      method="post"
      data-testid="connection-form"
      className="max-w-xl space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <FormBanner messages={banner} />
      <fieldset disabled={pending} className="space-y-4">
        <Field label="Name" error={errors.name} required>
          <Input value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        </Field>
        <JsonSchemaFields
          idPrefix="data"
          schema={props.schema}
          values={values}
          errors={errors}
          storedSecrets={props.mode === "edit" ? props.storedSecrets : []}
          onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
        />
        {hasSecret && <SecretExpiryField id="connection-secret-expires" value={expiresOn} onChange={setExpiresOn} error={errors.secretExpiresAt?.toString()} />}
      </fieldset>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending && <Spinner aria-hidden />}
          {props.mode === "create" ? "Create connection" : "Save"}
        </Button>
        <Button type="button" variant="outline" onClick={() => confirmLeave() && router.push(props.mode === "edit" ? `/connections/${props.id}` : "/connections")} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
