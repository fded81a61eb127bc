"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { PencilIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { toast } from "sonner";
import { updateOAuthProfileAction } from "@/app/(console)/oauth-profiles/actions";
import { useServerFieldErrors } from "@/components/forms/use-server-field-errors";
import { FormBanner } from "@/components/integrations/form-banner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { Textarea } from "@/components/ui/textarea";
import { updateOAuthProfileSchema } from "@/lib/schemas/oauth-profiles";

type Values = { name: string; description: string; oauthAppId: number };

/** Name and description; the app stays (HDP's PUT needs it, so it is sent back unchanged). Tokens are untouched. */
export function EditProfileDialog({ id, ownerEmail, version, defaults }: { id: number; ownerEmail: string | null; version: number; defaults: Values }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [banner, setBanner] = useState<string[]>([]);
  const form = useForm<Values>({ resolver: zodResolver(updateOAuthProfileSchema) as unknown as Resolver<Values>, defaultValues: defaults });
  const showServerErrors = useServerFieldErrors(form, ["name", "description"] as const);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setBanner([]);
    const result = await updateOAuthProfileAction(id, ownerEmail ?? "", version, values);
    if (!result.ok) {
      if (result.conflict) return setBanner([`${result.error} Close this dialog and reload.`]);
      if (!showServerErrors(result.fieldErrors)) setBanner([result.error]);
      return;
    }
    toast.success(`Saved ${values.name}`);
    setOpen(false);
    router.refresh();
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (isSubmitting) return;
        setOpen(next);
        setBanner([]);
        form.reset(defaults);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline">
          <PencilIcon aria-hidden />
          Edit
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Edit profile</DialogTitle>
          <DialogDescription>Change the name and description. Tokens are not affected.</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate>
          <fieldset disabled={isSubmitting} className="space-y-4">
            <FormBanner messages={banner} />
            <Field label="Profile name" required error={errors.name?.message}>
              <Input autoComplete="off" spellCheck={false} {...form.register("name")} />
            </Field>
            <Field label="Description" error={errors.description?.message}>
              <Textarea rows={2} {...form.register("description")} />
            </Field>
            <DialogFooter>
              <Button type="submit">
                {isSubmitting && <Spinner aria-hidden />}
                {isSubmitting ? "Saving…" : "Save"}
              </Button>
            </DialogFooter>
          </fieldset>
        </form>
      </DialogContent>
    </Dialog>
  );
}
