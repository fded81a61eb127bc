"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { UserPlusIcon } from "lucide-react";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import type { z } from "zod";
import { addGroupMemberAction } from "@/lib/actions/groups";
import { useServerFieldErrors } from "@/components/forms/use-server-field-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { addMemberFormSchema } from "@/lib/schemas/groups";

type FormValues = z.infer<typeof addMemberFormSchema>;

/** Adds someone of this organisation to the group by email address or username. */
export function AddMemberForm({ groupGuid, groupName }: { groupGuid: string; groupName: string }) {
  const form = useForm<FormValues>({ resolver: zodResolver(addMemberFormSchema), defaultValues: { login: "" } });
  const {
    register,
    handleSubmit,
    reset,
    setFocus,
    formState: { errors, isSubmitting },
  } = form;
  const showFieldErrors = useServerFieldErrors(form, ["login"]);
  // Ready for the next one: focus returns to the field once the fieldset is enabled again (a
  // disabled input cannot take focus, and when that happens depends on the server's answer).
  const [added, setAdded] = useState(0);
  useEffect(() => {
    if (added > 0 && !isSubmitting) setFocus("login");
  }, [added, isSubmitting, setFocus]);

  const onSubmit = handleSubmit(async (values) => {
    const result = await addGroupMemberAction({ groupGuid, ...values });
    if (!result.ok) {
      if (!showFieldErrors(result.fieldErrors)) toast.error(result.error);
      return;
    }
    toast.success(`Added ${result.email} to ${groupName}`);
    reset({ login: "" });
    setAdded((n) => n + 1);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Add a member to ${groupName}`}>
      <fieldset disabled={isSubmitting} className="flex flex-wrap items-start gap-2">
        <Field label="Add member" description="Email address or username of someone in this organisation." error={errors.login?.message} className="min-w-0 flex-1 basis-64">
          <Input autoComplete="off" spellCheck={false} placeholder="name@example.com or username" {...register("login")} />
        </Field>
        {/* Lined up with the input, below the label. */}
        <Button type="submit" className="mt-[1.375rem]">
          {isSubmitting ? <Spinner aria-hidden /> : <UserPlusIcon aria-hidden />}
          Add
        </Button>
      </fieldset>
    </form>
  );
}
