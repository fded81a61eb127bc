// HDP's data stores, without zod (the OAuth app form imports them: see auth-config-types.ts).

/** HDP's data store numbers, each with the label the console shows. */
export const DATA_STORES = [
  { id: 1, label: "Salesforce" },
  { id: 54, label: "Google Analytics" },
  { id: 62, label: "Google BigQuery" },
  { id: 63, label: "Autonomous REST Connector" },
] as const;
export type DataStoreId = (typeof DATA_STORES)[number]["id"];
export const dataStoreLabel = (id: number) => DATA_STORES.find((d) => d.id === id)?.label ?? `Data store ${id}`;
