"use client";

import { DataTable, type ServerListProps } from "@/components/data-table/data-table";
import type { ApiKeyDto } from "@/lib/schemas/api-keys";
import { apiKeyColumns } from "./api-key-columns";

export function ApiKeysTable(props: ServerListProps<ApiKeyDto>) {
  return <DataTable {...props} data-testid="api-keys-table" tableId="api-keys" noun={["key", "keys"]} columns={apiKeyColumns} getRowId={(k) => k.id} />;
}
