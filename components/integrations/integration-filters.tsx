"use client";

import { SearchIcon, XIcon } from "lucide-react";
import { parseAsString } from "nuqs";
import { useState } from "react";
import { useListFilters } from "@/components/data-table/url-state";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { AUTH_TYPES } from "@/lib/schemas/integrations";

// Radix Select items cannot have an empty value; this stands for "no filter" and never reaches the URL.
const ANY = "__any";

const filterParsers = {
  q: parseAsString.withDefault(""),
  template: parseAsString.withDefault(""),
  authType: parseAsString.withDefault(""),
};

/** The integrations table's toolbar: search (on Enter), template and auth type; all in the URL. */
export function IntegrationFilters({ templates }: { templates: { id: string; name: string }[] }) {
  const { values, set } = useListFilters(filterParsers);
  const [q, setQ] = useState(values.q);
  const [lastUrlQ, setLastUrlQ] = useState(values.q);
  // "Clear filters" and back/forward change the URL: the box follows.
  if (values.q !== lastUrlQ) {
    setLastUrlQ(values.q);
    setQ(values.q);
  }
  const filtered = !!(values.q || values.template || values.authType);

  return (
    <div role="search" aria-label="Integrations" className="flex w-full flex-wrap items-end gap-3">
      <form
        className="flex min-w-0 flex-1 basis-64 items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          void set({ q: q.trim() || null });
        }}
      >
        <div className="grid min-w-0 flex-1 gap-1.5">
          <Label htmlFor="integration-search">Search</Label>
          <Input id="integration-search" name="q" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Name or description" />
        </div>
        <Button type="submit" variant="secondary">
          <SearchIcon aria-hidden />
          Search
        </Button>
      </form>
      <div className="grid gap-1.5">
        <Label htmlFor="integration-template-filter">Template</Label>
        <Select value={values.template || ANY} onValueChange={(value) => void set({ template: value === ANY ? null : value })}>
          <SelectTrigger id="integration-template-filter" className="w-44">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ANY}>All templates</SelectItem>
            {templates.map((t) => (
              <SelectItem key={t.id} value={t.id}>
                {t.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="integration-auth-type-filter">Auth type</Label>
        <Select value={values.authType || ANY} onValueChange={(value) => void set({ authType: value === ANY ? null : value })}>
          <SelectTrigger id="integration-auth-type-filter" className="w-44">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ANY}>All auth types</SelectItem>
            {AUTH_TYPES.map((type) => (
              <SelectItem key={type} value={type}>
                {type}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      {filtered && (
        <Button variant="ghost" onClick={() => void set({ q: null, template: null, authType: null })}>
          <XIcon aria-hidden />
          Clear filters
        </Button>
      )}
    </div>
  );
}
