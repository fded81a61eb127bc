"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { KeyRoundIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { toast } from "sonner";
import { replaceOAuthProfileTokensAction } from "@/app/(console)/oauth-profiles/actions";
import { useServerFieldErrors } from "@/components/forms/use-server-field-errors";
import { FormBanner } from "@/components/integrations/form-banner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { replaceOAuthProfileTokensSchema } from "@/lib/schemas/oauth-profiles";

type Values = { accessToken: string; refreshToken: string };

/** The explicit way to overwrite stored tokens: a field left empty keeps its token. */
export function ReplaceTokensDialog({ id, ownerEmail, version }: { id: number; ownerEmail: string | null; version: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [banner, setBanner] = useState<string[]>([]);
  const form = useForm<Values>({ resolver: zodResolver(replaceOAuthProfileTokensSchema) as unknown as Resolver<Values>, defaultValues: { accessToken: "", refreshToken: "" } });
  const showServerErrors = useServerFieldErrors(form, ["accessToken", "refreshToken"] as const);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setBanner([]);
    const result = await replaceOAuthProfileTokensAction(id, ownerEmail ?? "", version, values);
    if (!result.ok) {
      if (result.conflict) return setBanner([`${result.error} Close this dialog and reload.`]);
      if (!showServerErrors(result.fieldErrors)) setBanner([result.error]);
      return;
    }
    toast.success("Tokens replaced");
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
        form.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline">
          <KeyRoundIcon aria-hidden />
          Replace tokens
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Replace tokens</DialogTitle>
          <DialogDescription>The new tokens overwrite the stored ones and are never shown again. Leave a field empty to keep that token.</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate>
          <fieldset disabled={isSubmitting} className="space-y-4">
            <FormBanner messages={banner} />
            <Field label="Refresh token" error={errors.refreshToken?.message}>
              <Input type="password" autoComplete="off" spellCheck={false} {...form.register("refreshToken")} />
            </Field>
            <Field label="Access token" error={errors.accessToken?.message}>
              <Input type="password" autoComplete="off" spellCheck={false} {...form.register("accessToken")} />
            </Field>
            <DialogFooter>
              <Button type="submit">
                {isSubmitting && <Spinner aria-hidden />}
                {isSubmitting ? "Saving…" : "Replace tokens"}
              </Button>
            </DialogFooter>
          </fieldset>
        </form>
      </DialogContent>
    </Dialog>
  );
}
