"use client";

import { parseAsString } from "nuqs";
import { useListFilters } from "@/components/data-table/url-state";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

const DEFAULT = "__default";
const parsers = { status: parseAsString.withDefault("") };

/** Revoked keys are kept for the record but hidden until asked for. */
export function ApiKeyFilters({ revoked }: { revoked: number }) {
  const { values, set } = useListFilters(parsers);
  return (
    <div role="search" aria-label="API keys" className="grid gap-1.5">
      <Label htmlFor="api-key-status-filter">Status</Label>
      <Select value={values.status || DEFAULT} onValueChange={(value) => void set({ status: value === DEFAULT ? null : value })}>
        <SelectTrigger id="api-key-status-filter" className="w-52">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value={DEFAULT}>Active and expired</SelectItem>
          <SelectItem value="active">Active</SelectItem>
          <SelectItem value="expired">Expired</SelectItem>
          <SelectItem value="revoked">Revoked ({revoked})</SelectItem>
          <SelectItem value="all">All, with revoked</SelectItem>
        </SelectContent>
      </Select>
    </div>
  );
}
