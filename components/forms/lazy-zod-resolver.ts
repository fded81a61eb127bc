"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useCallback, useEffect, useMemo } from "react";
import type { FieldValues, Resolver } from "react-hook-form";

// A form's zod schema loads after the page instead of with it: zod itself is ~25-33 kB gzip, more
// than the rest of a form, and nothing validates before the first submit. The schema stays the one
// the server parses with; only when its module loads changes. Loading starts as soon as the form
// has mounted (after hydration), so it has arrived before anyone can submit; a validation that
// comes first waits for it. `zodResolver` itself imports zod only as types.
//
//   const resolver = useLazyZodResolver<Values>(() => import("@/lib/schemas/content").then((m) => m.workloadFormSchema));
//   const form = useForm<Values>({ resolver, defaultValues });
//
// `key`: names what `load` builds the schema from, for a form whose schema varies (the template's
// id, a mode): another key, another schema.

type Schema = Parameters<typeof zodResolver>[0];

export function useLazyZodResolver<Input extends FieldValues, Context = unknown, Output = Input>(load: () => Promise<Schema>, key = ""): Resolver<Input, Context, Output> {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is a new closure every render; `key` says when it builds another schema
  const schema = useMemo(() => once(load), [key]);
  useEffect(() => void schema().catch(() => undefined), [schema]);
  return useCallback<Resolver<Input, Context, Output>>(
    async (values, context, options) => (zodResolver(await schema()) as unknown as Resolver<Input, Context, Output>)(values, context, options),
    [schema],
  );
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load();
    // A failed load (a network error) is tried again on the next validation.
    loading.catch(() => (loading = undefined));
    return loading;
  };
}
