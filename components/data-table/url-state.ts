"use client";
// The one helper for a list's URL state. Page, page size and sort are shared by every table; a
// section adds its filters with `useListFilters`. Every change is a navigation (`router.push`) that
// re-renders the server page, which reads the same parameters with its zod schema; any filter,
// sort or size change goes back to page 1 (the `page` key is removed), and a value equal to its
// default leaves the URL. (Next's own router: nuqs did this for ~8 kB of first-load JavaScript.)
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { createContext, useContext, useTransition, type TransitionStartFunction } from "react";

export { LIST_PAGE_SIZES as PAGE_SIZES } from "@/lib/schemas/list-constants";

/** The table's own parameters and their defaults. */
export const TABLE_DEFAULTS = { page: 1, size: 25, sort: "", /** Keyset lists: the opaque cursor of `page`. */ cursor: "" };

type Change = Record<string, string | number | null | undefined>;

function useNavigate(startTransition: TransitionStartFunction) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  return (changes: Change, defaults: Record<string, string | number>) => {
    const next = new URLSearchParams(searchParams.toString());
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      if (value === null || value === "" || value === defaults[key]) next.delete(key);
      else next.set(key, String(value));
    }
    const query = next.toString();
    startTransition(() => router.push(query ? `${pathname}?${query}` : pathname, { scroll: false }));
  };
}

const integer = (raw: string | null, fallback: number) => {
  const n = raw === null ? NaN : Number.parseInt(raw, 10);
  return Number.isNaN(n) ? fallback : n;
};

/**
 * The list's one navigation transition, shared by the table and its filters (DataTable provides
 * it): a search or filter change dims the rows and shows the progress bar as paging does.
 */
export const ListTransition = createContext<{ startTransition: TransitionStartFunction; pending: boolean } | null>(null);

/** The list's shared transition inside a DataTable (its toolbar), else one of the caller's own. */
export function useListTransition(): [boolean, TransitionStartFunction] {
  const own = useTransition();
  const shared = useContext(ListTransition);
  return shared ? [shared.pending, shared.startTransition] : own;
}

/** Paging and sort from the URL; `pending` is true while the server renders the next state. */
export function useTableUrlState(startTransition?: TransitionStartFunction) {
  const [pending, start] = useTransition();
  const searchParams = useSearchParams();
  const navigate = useNavigate(startTransition ?? start);
  return {
    page: integer(searchParams.get("page"), TABLE_DEFAULTS.page),
    size: integer(searchParams.get("size"), TABLE_DEFAULTS.size),
    sort: searchParams.get("sort") ?? TABLE_DEFAULTS.sort,
    cursor: searchParams.get("cursor") ?? TABLE_DEFAULTS.cursor,
    setState: (changes: Partial<Record<keyof typeof TABLE_DEFAULTS, string | number | null>>) => navigate(changes, TABLE_DEFAULTS),
    pending,
  };
}

/**
 * A section's text filters by URL key (e.g. `useListFilters(["q", "authType"])`; "" when absent).
 * Setting one clears the page number and cursor in the same URL update.
 */
export function useListFilters(keys: readonly string[]) {
  const [pending, startTransition] = useListTransition();
  const searchParams = useSearchParams();
  const navigate = useNavigate(startTransition);
  const values: Record<string, string> = Object.fromEntries(keys.map((key) => [key, searchParams.get(key) ?? ""]));
  const set = (changes: Record<string, string | null>) => navigate({ ...changes, page: null, cursor: null }, TABLE_DEFAULTS);
  return { values, set, pending };
}
