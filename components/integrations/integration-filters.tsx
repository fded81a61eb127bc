"use client";

import { SearchIcon, XIcon } from "lucide-react";
import Form from "next/form";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { AUTH_TYPES, type IntegrationListQuery } from "@/lib/schemas/integrations";
import { listHref } from "./list-href";

// Radix Select items cannot have an empty value; this stands for "no filter" and never reaches the URL.
const ANY = "__any";

type Props = { query: IntegrationListQuery; templates: { id: string; name: string }[] };

/**
 * Search is a GET form (works without JavaScript; next/form navigates client-side); the filter
 * selects navigate on change. Either way the state is the URL, and any change goes back to page 1.
 */
export function IntegrationFilters({ query, templates }: Props) {
  const router = useRouter();
  const go = (changes: Partial<IntegrationListQuery>) => router.push(listHref(query, { ...changes, page: 1 }));
  const filtered = !!(query.q || query.template || query.authType);

  return (
    <div role="search" aria-label="Integrations" className="mb-4 flex flex-wrap items-end gap-3">
      <Form action="/integrations" className="flex min-w-64 flex-1 items-end gap-2">
        <div className="grid flex-1 gap-1.5">
          <Label htmlFor="integration-search">Search</Label>
          {/* keyed so "Clear filters" (a navigation) also clears the box */}
          <Input key={query.q} id="integration-search" name="q" type="search" defaultValue={query.q} placeholder="Name or description" />
        </div>
        {query.template && <input type="hidden" name="template" value={query.template} />}
        {query.authType && <input type="hidden" name="authType" value={query.authType} />}
        {query.sort !== "name" && <input type="hidden" name="sort" value={query.sort} />}
        <Button type="submit" variant="secondary">
          <SearchIcon aria-hidden />
          Search
        </Button>
      </Form>
      <div className="grid gap-1.5">
        <Label htmlFor="integration-template-filter">Template</Label>
        <Select value={query.template || ANY} onValueChange={(value) => go({ template: value === ANY ? "" : value })}>
          <SelectTrigger id="integration-template-filter" className="w-48">
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
        <Select
          value={query.authType || ANY}
          onValueChange={(value) => go({ authType: value === ANY ? "" : (value as IntegrationListQuery["authType"]) })}
        >
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
        <Button asChild variant="ghost">
          <Link href={listHref(query, { q: "", template: "", authType: "", page: 1 })}>
            <XIcon aria-hidden />
            Clear filters
          </Link>
        </Button>
      )}
    </div>
  );
}
