"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { loginAction } from "@/lib/actions/session";

/**
 * The sign-in form's behaviour around server-rendered fields (LoginFields): the login page is the
 * lightest page, so its client code is this alone — no form library, no client-side schema and no
 * UI kit helpers (each weighs more than the page). The browser checks required fields and lengths;
 * the server action validates with the shared loginSchema and answers with one message.
 */
export function LoginForm({ callbackUrl, children }: { callbackUrl: string; children: ReactNode }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setError(null);
    setPending(true);
    // On success the action redirects (Next navigates); only a refusal comes back.
    const result = await loginAction({ email: String(data.get("email") ?? ""), password: String(data.get("password") ?? ""), callbackUrl }).catch((e: unknown) => {
      setPending(false);
      throw e;
    });
    if (result?.error) {
      setPending(false);
      setError(result.error);
      const password = form.elements.namedItem("password") as HTMLInputElement | null;
      if (password) {
        password.value = "";
        password.focus();
      }
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} aria-busy={pending}>
      <fieldset disabled={pending} className="space-y-4">
        {error && (
          <p data-testid="login-error" role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
            {error}
          </p>
        )}
        {children}
      </fieldset>
    </form>
  );
}
