"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { PlusIcon } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import type { z } from "zod";
import { createApiKeyAction } from "@/lib/actions/api-keys";
import { useServerFieldErrors } from "@/components/forms/use-server-field-errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { createApiKeySchema } from "@/lib/schemas/api-keys";
import { NewApiKey } from "./new-api-key";

type FormInput = z.input<typeof createApiKeySchema>;
type FormOutput = z.output<typeof createApiKeySchema>;

const EMPTY: FormInput = { name: "", expiresInDays: undefined };

/**
 * Two steps in one dialog: the form, then the new key, shown this once. Closing the dialog drops
 * the key from memory; the list behind it shows only the prefix.
 */
/** Loaded on first use (./create-api-key-dialog.tsx): mounts open. */
export default function CreateApiKeyDialogOpen() {
  const [open, setOpen] = useState(true);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const form = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(createApiKeySchema), defaultValues: EMPTY });
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = form;
  const showFieldErrors = useServerFieldErrors(form, ["name", "expiresInDays"]);

  const onSubmit = handleSubmit(async (values) => {
    const result = await createApiKeyAction(values);
    if (result.ok) {
      setCreated({ name: values.name, key: result.key });
      return;
    }
    if (!showFieldErrors(result.fieldErrors)) toast.error(result.error);
  });

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      setCreated(null);
      reset(EMPTY);
    }
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <PlusIcon aria-hidden />
          Create API key
        </Button>
      </DialogTrigger>
      <DialogContent className={created ? "sm:max-w-xl" : undefined}>
        {created ? (
          <NewApiKey name={created.name} apiKey={created.key} />
        ) : (
          <>
            <DialogHeader>
              <DialogTitle>Create API key</DialogTitle>
              <DialogDescription>The key acts as you, with your role, in this organisation only.</DialogDescription>
            </DialogHeader>
            <form onSubmit={onSubmit} noValidate>
              <fieldset disabled={isSubmitting} className="grid gap-4">
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
                <DialogFooter>
                  <DialogClose asChild>
                    <Button type="button" variant="outline">
                      Cancel
                    </Button>
                  </DialogClose>
                  <Button type="submit">
                    {isSubmitting && <Spinner aria-hidden />}
                    Create
                  </Button>
                </DialogFooter>
              </fieldset>
            </form>
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
