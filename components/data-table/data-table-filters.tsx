"use client";
// The data table's filter toolbar: a search box (applied on Enter or "Search") and any number of
// selects, every value in the URL through `useListFilters` (a change goes back to page 1), and
// "Clear filters" while any is set. A section passes what it filters by, not another toolbar:
//
//   <DataTableFilters label="Integrations" id="integration" search={{ placeholder: "Name or description" }}
//     selects={[{ key: "authType", label: "Auth type", any: "All auth types", options: AUTH_TYPES.map((t) => ({ value: t, label: t })) }]} />
import { SearchIcon, XIcon } from "lucide-react";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { LazySelect } from "@/components/ui/lazy-select";
import { cn } from "@/lib/utils";
import { useListFilters } from "./url-state";

// Radix Select items cannot have an empty value; this stands for "no filter" and never reaches the URL.
const ANY = "__any";

export type FilterOption = { value: string; label: string };
export type SelectFilter = {
  /** The URL parameter. */
  key: string;
  label: string;
  /** The "no filter" entry, e.g. "All templates". */
  any: string;
  options: FilterOption[];
  /** Tailwind width of the trigger (default w-44). */
  width?: string;
};

export function DataTableFilters({
  label,
  id,
  search,
  selects = [],
}: {
  /** Names the search landmark, e.g. "Integrations". */
  label: string;
  /** Prefix of the controls' ids, e.g. "integration" → #integration-search. */
  id: string;
  /** The `q` parameter's box; omit for a list without search. */
  search?: { placeholder: string };
  selects?: SelectFilter[];
}) {
  const keys = useMemo(() => [...(search ? ["q"] : []), ...selects.map((s) => s.key)], [search, selects]);
  const { values, set } = useListFilters(keys);
  const urlQ = values.q ?? "";
  const [q, setQ] = useState(urlQ);
  const [lastUrlQ, setLastUrlQ] = useState(urlQ);
  // "Clear filters" and back/forward change the URL: the box follows.
  if (urlQ !== lastUrlQ) {
    setLastUrlQ(urlQ);
    setQ(urlQ);
  }
  const filtered = keys.some((key) => !!values[key]);

  return (
    <div role="search" aria-label={label} className="flex w-full flex-wrap items-end gap-3">
      {search && (
        <form
          method="get"
          className="flex min-w-0 flex-1 basis-64 items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            void set({ q: q.trim() || null });
          }}
        >
          <div className="grid min-w-0 flex-1 gap-1.5">
            <Label htmlFor={`${id}-search`}>Search</Label>
            <Input id={`${id}-search`} name="q" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={search.placeholder} />
          </div>
          <Button type="submit" variant="secondary">
            <SearchIcon aria-hidden />
            Search
          </Button>
        </form>
      )}
      {selects.map((filter) => {
        const value = (values[filter.key] as string) || ANY;
        // A value from a link that is not among the options (e.g. an owner's email) stays selectable.
        const options = value !== ANY && !filter.options.some((o) => o.value === value) ? [...filter.options, { value, label: value }] : filter.options;
        return (
          <div key={filter.key} className="grid min-w-0 gap-1.5">
            <Label htmlFor={`${id}-${filter.key}-filter`}>{filter.label}</Label>
            <LazySelect
              id={`${id}-${filter.key}-filter`}
              className={cn("max-w-full", filter.width ?? "w-44")}
              value={value}
              onValueChange={(next) => void set({ [filter.key]: next === ANY ? null : next })}
              options={[{ value: ANY, label: filter.any }, ...options]}
            />
          </div>
        );
      })}
      {filtered && (
        <Button variant="ghost" onClick={() => void set(Object.fromEntries(keys.map((key) => [key, null])))}>
          <XIcon aria-hidden />
          Clear filters
        </Button>
      )}
    </div>
  );
}
