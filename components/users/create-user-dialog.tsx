"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { ReactNode } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import type { z } from "zod";
import { createUserAction } from "@/lib/actions/users";
import { FormDialog } from "@/components/forms/form-dialog";
import { useServerFieldErrors } from "@/components/forms/use-server-field-errors";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ROLES } from "@/lib/permissions";
import { createUserSchema, MIN_PASSWORD_LENGTH } from "@/lib/schemas/users";

type FormInput = z.input<typeof createUserSchema>;
type FormOutput = z.output<typeof createUserSchema>;

const FIELD_NAMES = ["email", "firstName", "lastName", "role", "password"] as const satisfies readonly (keyof FormInput)[];

const EMPTY: FormInput = { email: "", firstName: "", lastName: "", role: "viewer", password: "" };

/** "New user": an account in this organisation with an initial password. Loaded on first use (./popups.ts). */
export default function CreateUserDialog({ trigger }: { trigger?: ReactNode }) {
  const form = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(createUserSchema), defaultValues: EMPTY });
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const showFieldErrors = useServerFieldErrors(form, FIELD_NAMES);

  return (
    <FormDialog
      trigger={trigger}
      title="New user"
      description="They sign in with this email and the initial password you give them."
      form={form}
      submitText="Create user"
      pendingText="Creating…"
      onSubmit={async (values) => {
        const result = await createUserAction(values);
        if (result.ok) {
          toast.success(
            result.existingAccount
              ? `${values.email} already had an account: it was added here and keeps its own password`
              : `${values.email} can now sign in`,
          );
          return true;
        }
        if (!showFieldErrors(result.fieldErrors)) toast.error(result.error);
      }}
    >
      <Field label="Email" error={errors.email?.message} required>
        <Input type="email" autoComplete="off" {...register("email")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="First name" error={errors.firstName?.message}>
          <Input autoComplete="off" {...register("firstName")} />
        </Field>
        <Field label="Last name" error={errors.lastName?.message}>
          <Input autoComplete="off" {...register("lastName")} />
        </Field>
      </div>
      <Controller
        control={control}
        name="role"
        render={({ field }) => (
          <Field
            label="Role"
            required
            error={errors.role?.message}
            description="Admins manage everything. Publishers read integrations. Viewers manage only their own profiles and keys."
          >
            {(wiring) => (
              <Select name={field.name} value={field.value} onValueChange={field.onChange} disabled={field.disabled}>
                <SelectTrigger {...wiring} ref={field.ref} onBlur={field.onBlur} className="w-full">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {ROLES.map((role) => (
                    <SelectItem key={role} value={role}>
                      {role}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
          </Field>
        )}
      />
      <Field
        label="Initial password"
        required
        error={errors.password?.message}
        description={`At least ${MIN_PASSWORD_LENGTH} characters. Give it to them over a channel you trust.`}
      >
        <Input type="password" autoComplete="new-password" {...register("password")} />
      </Field>
    </FormDialog>
  );
}
