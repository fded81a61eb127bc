"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, type ReactNode } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import type { z } from "zod";
import { createUserAction } from "@/lib/actions/users";
import { FormDialog } from "@/components/forms/form-dialog";
import { useServerFieldErrors } from "@/components/forms/use-server-field-errors";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { InvitationLink } from "./invitation-link";
import { ROLES } from "@/lib/permissions";
import { createUserSchema, MIN_PASSWORD_LENGTH } from "@/lib/schemas/users";

type FormInput = z.input<typeof createUserSchema>;
type FormOutput = z.output<typeof createUserSchema>;

const FIELD_NAMES = ["email", "firstName", "lastName", "role", "password"] as const satisfies readonly (keyof FormInput)[];

const EMPTY: FormInput = { email: "", firstName: "", lastName: "", role: "viewer", password: "" };

/**
 * "New user": a new account with an initial password (changed at its first sign-in), or an
 * invitation link (no password given, or an email that already has an account: that person
 * accepts with their own account). The link is shown this once. Loaded on first use (./popups.ts).
 */
export default function CreateUserDialog({ trigger }: { trigger?: ReactNode }) {
  const [invited, setInvited] = useState<{ email: string; link: string; emailed: boolean } | null>(null);
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
      description="With an initial password (they choose their own at first sign-in), or leave it empty for an invitation link. An email that already has an account is always invited: they accept with their own password."
      form={form}
      submitText="Create user"
      pendingText="Creating…"
      result={invited && <InvitationLink {...invited} />}
      onClose={() => setInvited(null)}
      contentClassName={invited ? "sm:max-w-xl" : undefined}
      onSubmit={async (values) => {
        const result = await createUserAction(values);
        if (result.ok) {
          if (result.invited) return setInvited({ email: values.email, link: result.link, emailed: result.emailed });
          toast.success(`${values.email} can now sign in`);
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
        error={errors.password?.message}
        description={`At least ${MIN_PASSWORD_LENGTH} characters; give it to them over a channel you trust. Empty: an invitation link instead.`}
      >
        <Input type="password" autoComplete="new-password" {...register("password")} />
      </Field>
    </FormDialog>
  );
}
