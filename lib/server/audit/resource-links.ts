import "server-only";
// Which of an audit page's resources still exist, as links to their console pages. One query per
// resource type on the page (ids passed as one array parameter), each scoped to the organisation.
import { db, Prisma } from "@/lib/server/db/client";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INT = /^[1-9]\d{0,8}$/;

type Kind = { table: string; column: string; type: "uuid" | "int"; href: (id: string, name: string | null) => string };

// Resource types with a page of their own (others — API keys, sessions — are not linked).
const KINDS: Record<string, Kind> = {
  integration: { table: "integrations", column: "guid", type: "uuid", href: (id) => `/integrations/${id}` },
  oauthApp: { table: "oauth_apps", column: "id", type: "int", href: (id) => `/oauth-apps/${id}` },
  oauthProfile: { table: "oauth_profiles", column: "id", type: "int", href: (id) => `/oauth-profiles/${id}` },
  app: { table: "apps", column: "id", type: "uuid", href: (id) => `/apps/${id}` },
  connection: { table: "connections", column: "id", type: "uuid", href: (id) => `/connections/${id}` },
  board: { table: "boards", column: "id", type: "uuid", href: (_, name) => (name ? `/boards?q=${encodeURIComponent(name)}` : "/boards") },
  content: { table: "content_items", column: "id", type: "uuid", href: (id) => `/workloads/${id}` },
  group: { table: "groups", column: "id", type: "uuid", href: (id) => `/groups/${id}` },
  user: { table: "memberships", column: "user_id", type: "uuid", href: (_, name) => (name ? `/users?q=${encodeURIComponent(name)}` : "/users") },
};

type Ref = { resourceType: string; resourceId: string | null; resourceName: string | null };

/** `type:id` → href, for the resources of `events` that still exist in the organisation. */
export async function auditResourceLinks(organizationId: string, events: Ref[]): Promise<Map<string, string>> {
  const byType = new Map<string, Set<string>>();
  for (const { resourceType, resourceId } of events) {
    const kind = KINDS[resourceType];
    if (!kind || !resourceId || !(kind.type === "uuid" ? UUID : INT).test(resourceId)) continue;
    byType.set(resourceType, (byType.get(resourceType) ?? new Set()).add(resourceId));
  }
  const existing = new Set<string>();
  await Promise.all(
    [...byType].map(async ([type, ids]) => {
      const kind = KINDS[type];
      const list = kind.type === "uuid" ? Prisma.sql`${[...ids]}::uuid[]` : Prisma.sql`${[...ids].map(Number)}::int[]`;
      const rows = await db.$queryRaw<{ id: string }[]>`
        SELECT ${Prisma.raw(`"${kind.column}"`)}::text AS id FROM ${Prisma.raw(`"${kind.table}"`)}
        WHERE organization_id = ${organizationId}::uuid AND ${Prisma.raw(`"${kind.column}"`)} = ANY(${list})`;
      for (const row of rows) existing.add(`${type}:${row.id.toLowerCase()}`);
    }),
  );
  const links = new Map<string, string>();
  for (const { resourceType, resourceId, resourceName } of events) {
    const key = `${resourceType}:${resourceId?.toLowerCase()}`;
    if (resourceId && existing.has(key)) links.set(`${resourceType}:${resourceId}`, KINDS[resourceType].href(resourceId, resourceName));
  }
  return links;
}
