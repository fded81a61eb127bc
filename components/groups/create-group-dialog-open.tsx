"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { PlusIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import type { z } from "zod";
import { createGroupAction } from "@/lib/actions/groups";
import { useServerFieldErrors } from "@/components/forms/use-server-field-errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { groupFormSchema } from "@/lib/schemas/groups";

type FormValues = z.infer<typeof groupFormSchema>;
const EMPTY: FormValues = { name: "" };

/** "New group": a name; then the group's page, to add members. */
/** Loaded on first use (./create-group-dialog.tsx): mounts open. */
export default function CreateGroupDialogOpen() {
  const router = useRouter();
  const [open, setOpen] = useState(true);
  const form = useForm<FormValues>({ resolver: zodResolver(groupFormSchema), defaultValues: EMPTY });
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = form;
  const showFieldErrors = useServerFieldErrors(form, ["name"]);

  const onSubmit = handleSubmit(async (values) => {
    const result = await createGroupAction(values);
    if (!result.ok) {
      if (!showFieldErrors(result.fieldErrors)) toast.error(result.error);
      return;
    }
    toast.success(`Created ${values.name}`);
    setOpen(false);
    reset(EMPTY);
    router.push(`/groups/${result.guid}`);
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) reset(EMPTY);
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <PlusIcon aria-hidden />
          New group
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>New group</DialogTitle>
          <DialogDescription>A name unique in this organisation. You add its members on the group&apos;s page.</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate>
          <fieldset disabled={isSubmitting} className="grid gap-4">
            <Field label="Name" error={errors.name?.message} required>
              <Input autoComplete="off" {...register("name")} />
            </Field>
            <DialogFooter>
              <DialogClose asChild>
                <Button type="button" variant="outline">
                  Cancel
                </Button>
              </DialogClose>
              <Button type="submit">
                {isSubmitting && <Spinner aria-hidden />}
                {isSubmitting ? "Creating…" : "Create group"}
              </Button>
            </DialogFooter>
          </fieldset>
        </form>
      </DialogContent>
    </Dialog>
  );
}
