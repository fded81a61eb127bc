import "server-only";
// Secret statuses inside a one-statement read (the API's hot paths, on the prepared pool): a
// resource's set fields and when each last changed, as one JSON object column.
import { Prisma } from "@/lib/server/db/client";
import type { SecretStatusMap } from "./secret-store";

/** `{field: "<ISO time>"}` or NULL, for the resource whose id is the SQL expression `resourceId`. */
export const secretStatusesJson = (resourceType: string, resourceId: Prisma.Sql) => Prisma.sql`(
  SELECT json_object_agg(s.field, to_char(s.updated_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
    FROM secrets s WHERE s.resource_type = ${resourceType} AND s.resource_id = ${resourceId})`;

/** The column above as the secret store's status map. */
export function toSecretStatusMap(json: Record<string, string> | null): SecretStatusMap {
  const map: SecretStatusMap = {};
  for (const [field, updatedAt] of Object.entries(json ?? {})) map[field] = { set: true, updatedAt };
  return map;
}
