"use client";

import { UserPlusIcon } from "lucide-react";
import { useEffect, useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import type { z } from "zod";
import { addGroupMemberAction, suggestGroupMembersAction } from "@/lib/actions/groups";
import { useServerFieldErrors } from "@/components/forms/use-server-field-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { useLazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { addMemberFormSchema } from "@/lib/schemas/groups";

type FormValues = z.infer<typeof addMemberFormSchema>;

type Suggestion = { email: string; detail: string };

/**
 * People of this organisation who are not in the group yet, matching what was typed (debounced):
 * the browser's own suggestion list (`<datalist>`), no script of its own to load.
 */
function useMemberSuggestions(groupGuid: string, typed: string): Suggestion[] {
  const [suggestions, setSuggestions] = useState<{ for: string; list: Suggestion[] }>({ for: "", list: [] });
  const query = typed.trim();
  useEffect(() => {
    if (query.length < 2) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      const result = await suggestGroupMembersAction({ groupGuid, query });
      if (!cancelled && result.ok) setSuggestions({ for: query, list: result.suggestions });
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [groupGuid, query]);
  return query.length >= 2 && suggestions.for ? suggestions.list : [];
}

/** Adds someone of this organisation to the group by email address or username, suggesting people as one types. */
export function AddMemberForm({ groupGuid, groupName }: { groupGuid: string; groupName: string }) {
  const resolver = useLazyZodResolver<FormValues>(() => import("@/lib/schemas/groups").then((m) => m.addMemberFormSchema));
  const form = useForm<FormValues>({ resolver, defaultValues: { login: "" } });
  const {
    register,
    handleSubmit,
    reset,
    setFocus,
    formState: { errors, isSubmitting },
  } = form;
  const showFieldErrors = useServerFieldErrors(form, ["login"]);
  const listId = useId();
  const suggestions = useMemberSuggestions(groupGuid, useWatch({ control: form.control, name: "login" }));
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
    <form method="post" onSubmit={onSubmit} noValidate aria-label={`Add a member to ${groupName}`}>
      <fieldset disabled={isSubmitting} className="flex flex-wrap items-start gap-2">
        <Field label="Add member" description="Type part of an email, username or name of someone in this organisation, then choose." error={errors.login?.message} className="min-w-0 flex-1 basis-64">
          <Input autoComplete="off" spellCheck={false} placeholder="name@example.com or username" list={listId} {...register("login")} />
        </Field>
        <datalist id={listId} data-testid="member-suggestions">
          {suggestions.map((s) => (
            <option key={s.email} value={s.email} label={s.detail || s.email} />
          ))}
        </datalist>
        {/* Lined up with the input, below the label. */}
        <Button type="submit" className="mt-[1.375rem]">
          {isSubmitting ? <Spinner aria-hidden /> : <UserPlusIcon aria-hidden />}
          Add
        </Button>
      </fieldset>
    </form>
  );
}
