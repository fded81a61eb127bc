"use client";

import { DataTableFilters } from "@/components/data-table/data-table-filters";
import { expiresBeforeFilter } from "@/components/data-table/expires-column";
import { AUTH_TYPES } from "@/lib/schemas/list-constants";

const AUTH_TYPE_OPTIONS = AUTH_TYPES.map((type) => ({ value: type, label: type }));

/** The integrations table's toolbar: search (on Enter), template, auth type, tag and secret expiry; all in the URL. */
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
        expiresBeforeFilter(),
      ]}
    />
  );
}
