"use client";

import { useEffect, useRef } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { FieldErrors } from "@/lib/errors";

/**
 * Puts a server action's `fieldErrors` under the form's own fields and focuses the first one.
 * The focus waits until submitting ends: the fieldset is disabled until then, and a disabled
 * input cannot take focus. Returns whether any error was shown inline (else: toast it).
 */
export function useServerFieldErrors<T extends FieldValues, Output extends FieldValues>(form: UseFormReturn<T, unknown, Output>, fields: readonly Path<T>[]) {
  const focusNext = useRef<Path<T> | null>(null);
  const { isSubmitting } = form.formState;
  const { setFocus, setError } = form;

  useEffect(() => {
    if (isSubmitting || !focusNext.current) return;
    setFocus(focusNext.current);
    focusNext.current = null;
  }, [isSubmitting, setFocus]);

  return (fieldErrors: FieldErrors | undefined): boolean => {
    const inline = Object.entries(fieldErrors ?? {}).filter((entry): entry is [Path<T>, string[]] => fields.includes(entry[0] as Path<T>));
    for (const [name, messages] of inline) setError(name, { type: "server", message: messages.join(" ") });
    focusNext.current = inline[0]?.[0] ?? null;
    return inline.length > 0;
  };
}
