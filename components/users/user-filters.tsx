"use client";

import { SearchIcon, XIcon } from "lucide-react";
import { parseAsString } from "nuqs";
import { useState } from "react";
import { useListFilters } from "@/components/data-table/url-state";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ROLES } from "@/lib/permissions";

const ANY = "__any";
const parsers = { q: parseAsString.withDefault(""), role: parseAsString.withDefault(""), status: parseAsString.withDefault("") };

export function UserFilters() {
  const { values, set } = useListFilters(parsers);
  const [q, setQ] = useState(values.q);
  const [lastUrlQ, setLastUrlQ] = useState(values.q);
  if (values.q !== lastUrlQ) {
    setLastUrlQ(values.q);
    setQ(values.q);
  }
  const filtered = !!(values.q || values.role || values.status);
  return (
    <div role="search" aria-label="Users" className="flex w-full flex-wrap items-end gap-3">
      <form
        className="flex min-w-0 flex-1 basis-64 items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          void set({ q: q.trim() || null });
        }}
      >
        <div className="grid min-w-0 flex-1 gap-1.5">
          <Label htmlFor="user-search">Search</Label>
          <Input id="user-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Email or name" />
        </div>
        <Button type="submit" variant="secondary">
          <SearchIcon aria-hidden />
          Search
        </Button>
      </form>
      <div className="grid gap-1.5">
        <Label htmlFor="user-role-filter">Role</Label>
        <Select value={values.role || ANY} onValueChange={(value) => void set({ role: value === ANY ? null : value })}>
          <SelectTrigger id="user-role-filter" className="w-36">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ANY}>All roles</SelectItem>
            {ROLES.map((role) => (
              <SelectItem key={role} value={role}>
                {role}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="user-status-filter">Status</Label>
        <Select value={values.status || ANY} onValueChange={(value) => void set({ status: value === ANY ? null : value })}>
          <SelectTrigger id="user-status-filter" className="w-36">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ANY}>Any status</SelectItem>
            <SelectItem value="active">Active</SelectItem>
            <SelectItem value="disabled">Disabled</SelectItem>
          </SelectContent>
        </Select>
      </div>
      {filtered && (
        <Button variant="ghost" onClick={() => void set({ q: null, role: null, status: null })}>
          <XIcon aria-hidden />
          Clear filters
        </Button>
      )}
    </div>
  );
}
