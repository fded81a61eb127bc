"use client";

import { DataTableFilters } from "@/components/data-table/data-table-filters";

/** Revoked keys are kept for the record but hidden until asked for. */
export function ApiKeyFilters({ revoked }: { revoked: number }) {
  return (
    <DataTableFilters
      label="API keys"
      id="api-key"
      selects={[
        {
          key: "status",
          label: "Status",
          any: "Active and expired",
          width: "w-52",
          options: [
            { value: "active", label: "Active" },
            { value: "expired", label: "Expired" },
            { value: "revoked", label: `Revoked (${revoked})` },
            { value: "all", label: "All, with revoked" },
          ],
        },
      ]}
    />
  );
}
