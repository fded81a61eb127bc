"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { useForm } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import type { z } from "zod";
import { createGroupAction } from "@/lib/actions/groups";
import { FormDialog } from "@/components/forms/form-dialog";
import { useServerFieldErrors } from "@/components/forms/use-server-field-errors";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { groupFormSchema } from "@/lib/schemas/groups";

type FormValues = z.infer<typeof groupFormSchema>;
const EMPTY: FormValues = { name: "" };

/** "New group": a name; then the group's page, to add members. Loaded on first use (./popups.ts). */
export default function CreateGroupDialog({ trigger }: { trigger?: ReactNode }) {
  const router = useRouter();
  const form = useForm<FormValues>({ resolver: zodResolver(groupFormSchema), defaultValues: EMPTY });
  const showFieldErrors = useServerFieldErrors(form, ["name"]);

  return (
    <FormDialog
      trigger={trigger}
      title="New group"
      description="A name unique in this organisation. You add its members on the group's page."
      form={form}
      submitText="Create group"
      pendingText="Creating…"
      onSubmit={async (values) => {
        const result = await createGroupAction(values);
        if (!result.ok) {
          if (!showFieldErrors(result.fieldErrors)) toast.error(result.error);
          return;
        }
        toast.success(`Created ${values.name}`);
        router.push(`/groups/${result.guid}`);
        return true;
      }}
    >
      <Field label="Name" error={form.formState.errors.name?.message} required>
        <Input autoComplete="off" {...form.register("name")} />
      </Field>
    </FormDialog>
  );
}
