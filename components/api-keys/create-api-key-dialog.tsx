"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import type { z } from "zod";
import { createApiKeyAction } from "@/lib/actions/api-keys";
import { FormDialog } from "@/components/forms/form-dialog";
import { useServerFieldErrors } from "@/components/forms/use-server-field-errors";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { createApiKeySchema } from "@/lib/schemas/api-keys";
import { NewApiKey } from "./new-api-key";

type FormInput = z.input<typeof createApiKeySchema>;
type FormOutput = z.output<typeof createApiKeySchema>;

const EMPTY: FormInput = { name: "", expiresInDays: undefined };

/**
 * Two steps in one dialog: the form, then the new key, shown this once. Closing the dialog drops
 * the key from memory; the list behind it shows only the prefix. Loaded on first use (./popups.ts).
 */
export default function CreateApiKeyDialog({ trigger }: { trigger?: ReactNode }) {
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const form = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(createApiKeySchema), defaultValues: EMPTY });
  const {
    register,
    formState: { errors },
  } = form;
  const showFieldErrors = useServerFieldErrors(form, ["name", "expiresInDays"]);

  return (
    <FormDialog
      trigger={trigger}
      title="Create API key"
      description="The key acts as you, with your role, in this organisation only."
      form={form}
      submitText="Create"
      onSubmit={async (values) => {
        const result = await createApiKeyAction(values);
        if (result.ok) {
          setCreated({ name: values.name, key: result.key });
          return;
        }
        if (!showFieldErrors(result.fieldErrors)) toast.error(result.error);
      }}
      result={created && <NewApiKey name={created.name} apiKey={created.key} />}
      onClose={() => setCreated(null)}
      contentClassName={created ? "sm:max-w-xl" : undefined}
    >
      <Field label="Name" required error={errors.name?.message} description="Where it is used, e.g. “CI deploys”.">
        <Input autoComplete="off" {...register("name")} />
      </Field>
      <Field label="Expires in (days)" error={errors.expiresInDays?.message} description="Leave empty for a key that does not expire.">
        <Input
          type="number"
          inputMode="numeric"
          min={1}
          max={3650}
          step={1}
          {...register("expiresInDays", { setValueAs: (value) => (value === "" || value == null ? undefined : Number(value)) })}
        />
      </Field>
    </FormDialog>
  );
}
