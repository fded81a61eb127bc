import "server-only";
// Stored secrets with a known expiry, one row per resource (its earliest date): client secrets of
// integrations and OAuth apps and connections' API keys that an admin dated, and refresh tokens a
// provider said would lapse (profiles, connected accounts, connections). One statement on the
// partial index secrets_expiring_idx, whatever the number of rows; the dashboard and the reminder
// job both read through here.
import { db, type Tx } from "@/lib/server/db/client";

export const EXPIRING_KINDS = {
  integration: { label: "Integration", webhookType: "integration" },
  oauthApp: { label: "OAuth app", webhookType: "oauth_app" },
  connection: { label: "Connection", webhookType: "connection" },
  oauthProfile: { label: "OAuth profile", webhookType: "oauth_profile" },
  oauth_session: { label: "Connected account", webhookType: "oauth_session" },
} as const;
export type ExpiringResourceType = keyof typeof EXPIRING_KINDS;

export type ExpiringSecret = {
  resourceType: ExpiringResourceType;
  resourceId: string;
  name: string;
  expiresAt: Date;
  /** Where the secret is replaced (or the account reconnected). */
  href: string;
};

/** Whose rows to include: the dashboard narrows to what the reader may see; the reminder job reads all. */
export type ExpiringScope = {
  integrations: boolean;
  oauthApps: boolean;
  connections: boolean;
  /** Own profiles and connected accounts of this user only; null = everyone's. */
  ownerId: string | null;
};

export const EVERYTHING: ExpiringScope = { integrations: true, oauthApps: true, connections: true, ownerId: null };

export function secretHref(resourceType: ExpiringResourceType, resourceId: string): string {
  switch (resourceType) {
    case "integration":
      return `/integrations/${resourceId}/edit`;
    case "oauthApp":
      return `/oauth-apps/${resourceId}/edit`;
    case "connection":
      return `/connections/${resourceId}/edit`;
    case "oauthProfile":
      return `/oauth-profiles/${resourceId}`;
    case "oauth_session":
      return "/connected-accounts";
  }
}

/** Resources whose earliest known secret expiry is before `until` (expired ones included), soonest first. */
export async function findExpiringSecrets(
  organizationId: string,
  until: Date,
  scope: ExpiringScope,
  limit: number,
  client: Tx | typeof db = db,
  /** Keyset: only what sorts after this one (expiry, then resource id). */
  after?: Pick<ExpiringSecret, "expiresAt" | "resourceId">,
): Promise<ExpiringSecret[]> {
  const owner = scope.ownerId;
  const afterExpiry = after?.expiresAt ?? null;
  const afterId = after?.resourceId ?? null;
  const rows = await client.$queryRaw<{ resource_type: ExpiringResourceType; resource_id: string; name: string | null; expires_at: Date }[]>`
    SELECT e.resource_type, e.resource_id, e.expires_at,
           COALESCE(NULLIF(i.name, ''), a.name, k.name, p.name, si.name) AS name
      FROM (SELECT s.resource_type, s.resource_id, min(s.expires_at) AS expires_at
              FROM secrets s
             WHERE s.organization_id = ${organizationId}::uuid AND s.expires_at IS NOT NULL AND s.expires_at <= ${until}
             GROUP BY s.resource_type, s.resource_id) e
      LEFT JOIN integrations i ON e.resource_type = 'integration' AND ${scope.integrations}::boolean AND i.guid::text = e.resource_id
      LEFT JOIN oauth_apps a ON e.resource_type = 'oauthApp' AND ${scope.oauthApps}::boolean AND a.id::text = e.resource_id
      LEFT JOIN connections k ON e.resource_type = 'connection' AND ${scope.connections}::boolean AND k.id::text = e.resource_id
      LEFT JOIN oauth_profiles p ON e.resource_type = 'oauthProfile' AND p.id::text = e.resource_id
                                 AND (${owner}::uuid IS NULL OR p.owner_id = ${owner}::uuid)
      LEFT JOIN oauth_sessions o ON e.resource_type = 'oauth_session' AND o.guid::text = e.resource_id
                                 AND (${owner}::uuid IS NULL OR o.user_id = ${owner}::uuid)
      LEFT JOIN integrations si ON si.id = o.integration_id
     WHERE (i.id IS NOT NULL OR a.id IS NOT NULL OR k.id IS NOT NULL OR p.id IS NOT NULL OR o.id IS NOT NULL)
       AND (${afterExpiry}::timestamp IS NULL OR (e.expires_at, e.resource_id) > (${afterExpiry}::timestamp, ${afterId}::text))
     ORDER BY e.expires_at, e.resource_id
     LIMIT ${limit}`;
  return rows.map((r) => ({
    resourceType: r.resource_type,
    resourceId: r.resource_id,
    name: r.name || r.resource_id,
    expiresAt: r.expires_at,
    href: secretHref(r.resource_type, r.resource_id),
  }));
}

/** The organisation's "expiring soon" window in days. */
export async function expiringWindowDays(organizationId: string): Promise<number> {
  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { expiringWindowDays: true } });
  return org?.expiringWindowDays ?? 30;
}
