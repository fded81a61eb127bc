"use client";

import { DataTableFilters } from "@/components/data-table/data-table-filters";
import { AUTH_TYPES } from "@/lib/schemas/list-constants";

const AUTH_TYPE_OPTIONS = AUTH_TYPES.map((type) => ({ value: type, label: type }));

/** `expiresBefore` choices: dates from today, so the URL names a fixed date (shareable, exportable). */
export function expiresBeforeOptions(now = new Date()) {
  const day = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  return [
    { value: day(0), label: "Already expired" },
    { value: day(8), label: "Within 7 days" },
    { value: day(31), label: "Within 30 days" },
    { value: day(91), label: "Within 90 days" },
  ];
}

/** The integrations table's toolbar: search (on Enter), template, auth type and tag; all in the URL. */
export function IntegrationFilters({ templates, tags }: { templates: { id: string; name: string }[]; tags: string[] }) {
  return (
    <DataTableFilters
      label="Integrations"
      id="integration"
      search={{ placeholder: "Name or description" }}
      selects={[
        { key: "template", label: "Template", any: "All templates", options: templates.map((t) => ({ value: t.id, label: t.name })) },
        { key: "authType", label: "Auth type", any: "All auth types", options: AUTH_TYPE_OPTIONS },
        { key: "tag", label: "Tag", any: "Any tag", options: tags.map((tag) => ({ value: tag, label: tag })), width: "w-40" },
        { key: "expiresBefore", label: "Secret expires", any: "Any time", options: expiresBeforeOptions(), width: "w-40" },
      ]}
    />
  );
}
