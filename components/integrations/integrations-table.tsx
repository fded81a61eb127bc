"use client";

import { deleteIntegrationsAction } from "@/lib/actions/integrations";
import { DataTable, type ServerListProps } from "@/components/data-table/data-table";
import type { IntegrationListRow } from "./integration-list-rows";
import { integrationColumns } from "./integration-columns";

export function IntegrationsTable({ canDelete, ...props }: ServerListProps<IntegrationListRow> & { canDelete: boolean }) {
  return (
    <DataTable
      {...props}
      data-testid="integrations-table"
      tableId="integrations"
      noun={["integration", "integrations"]}
      columns={integrationColumns}
      getRowId={(row) => row.guid}
      rowLabel={(row) => row.name || row.guid}
      exportHref="/integrations/export"
      bulkDelete={
        canDelete
          ? {
              describe: (row) => ({
                id: row.guid,
                name: row.name || row.guid,
                usedBy: row.contentCount ? `${row.contentCount} content item${row.contentCount === 1 ? "" : "s"}` : undefined,
              }),
              run: (rows) => deleteIntegrationsAction({ items: rows.map((row) => ({ guid: row.guid, version: row.version })) }),
            }
          : undefined
      }
    />
  );
}
