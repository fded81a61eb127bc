import "server-only";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { AppDto } from "@/lib/schemas/apps";
import { Prisma } from "@/lib/server/db/client";
import { param, prepared } from "@/lib/server/db/prepared";
import { APP_JSON, appJsonToDto, type AppJson } from "./app-sql";

// GetApp's read: one named statement on the prepared pool (lib/server/db/prepared.ts).
const appById = prepared<{ app: AppJson }, { id: string; organizationId: string }>(
  Prisma.sql`SELECT ${APP_JSON} AS app FROM apps a WHERE a.id = ${param("id")}::uuid AND a.organization_id = ${param("organizationId")}::uuid`,
);

/** One of the organisation's own apps, or 404. */
export async function readOwnApp(organizationId: string, appId: string): Promise<AppDto> {
  const [row] = isUuid(appId) ? await appById({ id: appId, organizationId }) : [];
  if (!row) throw notFound("App");
  return appJsonToDto(row.app);
}
