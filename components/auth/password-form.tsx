"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/action-result";
import { PASSWORD_RULES } from "@/lib/schemas/password-rules";

const labelClasses = "flex items-center gap-2 text-sm leading-none font-medium select-none";

type Props = {
  /** "change": the current password first (signed in); "link": a one-time link's token stands for it. */
  mode: "change" | "link";
  token?: string;
  submitText: string;
  action: (input: Record<string, string>) => Promise<ActionResult | undefined>;
  /** After success: navigate here, or show `doneText` when not given. */
  next?: string;
  doneText?: React.ReactNode;
};

/**
 * A new password, twice, with its rules shown before submitting; the server checks them again
 * (lib/schemas/auth.ts) and answers per field.
 */
export function PasswordForm({ mode, token, submitText, action, next, doneText }: Props) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const local: Record<string, string> = {};
    if ((data.newPassword ?? "").length < 12) local.newPassword = "At least 12 characters";
    if (data.newPassword !== data.confirmPassword) local.confirmPassword = "The two passwords differ";
    setErrors(local);
    setError(null);
    if (Object.keys(local).length) return;
    setPending(true);
    // A change of one's own password answers with a redirect to `next` (the action's own).
    const result = await action({ ...data, ...(token && { token }), ...(mode === "change" && next && { next }) }).finally(() => setPending(false));
    if (!result || result.ok) {
      if (next) router.replace(next);
      else setDone(true);
      return;
    }
    const fields = Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k, v.join("; ")]));
    setErrors(fields);
    if (!Object.keys(fields).length || fields.token) setError(result.error);
  }

  if (done) return <div role="status" className="space-y-4 text-sm">{doneText}</div>;

  const field = (name: string, label: string, autoComplete: string, describedBy?: string) => (
    <div className="space-y-2">
      <label htmlFor={name} className={labelClasses}>
        {label}
      </label>
      <Input
        id={name}
        name={name}
        type="password"
        autoComplete={autoComplete}
        required
        maxLength={1024}
        aria-invalid={Boolean(errors[name])}
        aria-describedby={[errors[name] && `${name}-error`, describedBy].filter(Boolean).join(" ") || undefined}
      />
      {errors[name] && (
        <p id={`${name}-error`} className="text-sm text-destructive">
          {errors[name]}
        </p>
      )}
    </div>
  );

  return (
    <form method="post" onSubmit={onSubmit} aria-busy={pending} noValidate>
      <fieldset disabled={pending} className="space-y-4">
        {error && (
          <p data-testid="password-error" role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
            {error}
          </p>
        )}
        {mode === "change" && field("currentPassword", "Current password", "current-password")}
        {field("newPassword", "New password", "new-password", "password-rules")}
        <ul id="password-rules" className="list-disc space-y-1 pl-5 text-xs text-muted-foreground">
          {PASSWORD_RULES.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
        {field("confirmPassword", "New password again", "new-password")}
        <Button type="submit" className="w-full sm:w-auto">
          {submitText}
        </Button>
      </fieldset>
    </form>
  );
}
