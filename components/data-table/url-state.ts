"use client";
// The one helper for a list's URL state (nuqs). Page, page size and sort are shared by every
// table; a section adds its filters with `useListFilters`. Every change re-renders the server
// page (`shallow: false`), which reads the same parameters with its zod schema, and any filter,
// sort or size change goes back to page 1 (the `page` key is removed).
import { parseAsInteger, parseAsString, useQueryStates, type ParserMap } from "nuqs";
import { useTransition, type TransitionStartFunction } from "react";

export { LIST_PAGE_SIZES as PAGE_SIZES } from "@/lib/schemas/list-constants";

export const tableParsers = {
  page: parseAsInteger.withDefault(1),
  size: parseAsInteger.withDefault(25),
  sort: parseAsString.withDefault(""),
  /** Keyset lists: the opaque cursor of `page` (see lib/server/pagination/keyset-page.ts). */
  cursor: parseAsString.withDefault(""),
};

const options = (startTransition: TransitionStartFunction) => ({ shallow: false, history: "push", scroll: false, startTransition }) as const;

/** Paging and sort from the URL; `pending` is true while the server renders the next state. */
export function useTableUrlState(startTransition?: TransitionStartFunction) {
  const [pending, start] = useTransition();
  const [state, setState] = useQueryStates(tableParsers, options(startTransition ?? start));
  return { ...state, setState, pending };
}

/**
 * A section's filters, e.g. `useListFilters({ q: parseAsString.withDefault("") })`. Setting one
 * clears the page number in the same URL update.
 */
export function useListFilters<P extends ParserMap>(parsers: P) {
  const [pending, startTransition] = useTransition();
  const [values, setValues] = useQueryStates({ ...parsers, page: tableParsers.page, cursor: tableParsers.cursor }, options(startTransition));
  // The page and its cursor are cleared alongside, in the same URL update.
  const set = (changes: Partial<{ [K in keyof P]: unknown }>) => setValues({ ...changes, page: null, cursor: null } as Parameters<typeof setValues>[0]);
  return { values, set, pending };
}
