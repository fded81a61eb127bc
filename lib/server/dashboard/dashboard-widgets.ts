import "server-only";
// The home dashboard's widgets, one function each. Every widget shows only what the actor's role
// may read: `widgetsFor` names the widgets a role gets, and each function checks its permission
// again (a direct call to the route handler gets 403, never another role's data).
import { can, type Permission } from "@/lib/permissions";
import type { DashboardData, ExpiringItem, DashboardWidget, EventItem } from "@/lib/schemas/dashboard";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { EXPIRING_KINDS, expiringWindowDays, findExpiringSecrets } from "@/lib/server/expiry/expiring-secrets";
import { INTEGRATION_RESOURCE } from "@/lib/server/integrations/integration-dto";
import { listSessionsNeedingReauthorization } from "@/lib/server/oauth-sessions/list-sessions-needing-reauthorization";
import { getTemplate } from "@/lib/templates/registry";

const WIDGET_PERMISSION: Record<DashboardWidget, Permission> = {
  counts: "apiKey.own",
  "secret-age": "integration.read",
  expiring: "apiKey.own",
  reauthorization: "oauthSession.own",
  failures: "audit.read",
  activity: "audit.read",
};

export const widgetsFor = (role: string): DashboardWidget[] =>
  (Object.keys(WIDGET_PERMISSION) as DashboardWidget[]).filter((w) => can(role, WIDGET_PERMISSION[w]));

const DAY = 86_400_000;
const LIST_SIZE = 6;

const auditLink = (params: Record<string, string>) => `/audit?${new URLSearchParams(params)}`;

function toEventItem(row: { id: bigint; action: string; outcome: string; actorLabel: string; detail: string | null; createdAt: Date; resourceType: string; resourceId: string | null }): EventItem {
  return {
    id: String(row.id),
    action: row.action,
    outcome: row.outcome,
    actorLabel: row.actorLabel,
    detail: row.detail,
    createdAt: row.createdAt.toISOString(),
    href: row.resourceId ? auditLink({ resourceType: row.resourceType, resourceId: row.resourceId }) : auditLink({ action: row.action }),
  };
}

const eventSelect = { id: true, action: true, outcome: true, actorLabel: true, detail: true, createdAt: true, resourceType: true, resourceId: true } as const;

/**
 * OAuth tokens that will stop working: the caller's own profiles, and the organisation's
 * connections for roles that read them — those needing reauthorization, or whose access token
 * expires within the window with no refresh token to renew it (a refreshable one renews itself).
 */
async function expiringTokens(actor: Actor, until: Date): Promise<ExpiringItem[]> {
  const connections = can(actor.role, "connection.read");
  const rows = await db.$queryRaw<{ kind: "oauthProfile" | "connection"; id: string; name: string; state: string; expires_at: Date | null }[]>`
    SELECT c.resource_type AS kind, c.resource_id AS id, COALESCE(p.name, k.name) AS name, c.state, c.access_token_expires_at AS expires_at
      FROM oauth_credentials c
      LEFT JOIN oauth_profiles p ON c.resource_type = 'oauthProfile' AND p.id::text = c.resource_id AND p.owner_id = ${actor.userId}::uuid
      LEFT JOIN connections k ON c.resource_type = 'connection' AND ${connections}::boolean AND k.id::text = c.resource_id
     WHERE c.organization_id = ${actor.organizationId}::uuid
       AND (p.id IS NOT NULL OR k.id IS NOT NULL)
       AND (c.state = 'needs_reauthorization'
            OR (c.access_token_expires_at <= ${until}
                AND NOT EXISTS (SELECT 1 FROM secrets s WHERE s.resource_type = c.resource_type AND s.resource_id = c.resource_id AND s.field = 'refreshToken')))
     ORDER BY (c.state = 'needs_reauthorization') DESC, c.access_token_expires_at NULLS LAST
     LIMIT ${LIST_SIZE}`;
  return rows.map((r) => ({
    kind: r.kind === "connection" ? ("Connection" as const) : ("OAuth profile" as const),
    name: r.name,
    expiresAt: r.expires_at?.toISOString() ?? null,
    ...(r.state === "needs_reauthorization" && { needsReauthorization: true }),
    href: r.kind === "connection" ? `/connections/${r.id}` : `/oauth-profiles/${r.id}`,
  }));
}

const WIDGETS: { [W in DashboardWidget]: (actor: Actor, context: RequestContext) => Promise<DashboardData[W]> } = {
  async counts(actor) {
    const org = actor.organizationId;
    const [integrations, members, keys, events] = await Promise.all([
      can(actor.role, "integration.read") ? db.integration.count({ where: { organizationId: org } }) : null,
      can(actor.role, "user.read") ? db.membership.count({ where: { organizationId: org } }) : null,
      db.apiKey.count({ where: { organizationId: org, userId: actor.userId, revokedAt: null } }),
      can(actor.role, "audit.read") ? db.auditEvent.count({ where: { organizationId: org, createdAt: { gte: new Date(Date.now() - DAY) } } }) : null,
    ]);
    return [
      integrations !== null && { label: "Integrations", count: integrations, href: "/integrations" },
      members !== null && { label: "Members", count: members, href: "/users" },
      { label: "Your API keys", count: keys, href: "/api-keys" },
      events !== null && { label: "Audit events, last 24 h", count: events, href: "/audit" },
    ].filter((x) => x !== false);
  },

  async "secret-age"(actor) {
    const secrets = await db.secret.findMany({
      where: { organizationId: actor.organizationId, resourceType: INTEGRATION_RESOURCE },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: LIST_SIZE,
      select: { resourceId: true, field: true, updatedAt: true },
    });
    const integrations = await db.integration.findMany({
      where: { organizationId: actor.organizationId, guid: { in: [...new Set(secrets.map((s) => s.resourceId))] } },
      select: { guid: true, name: true, template: true },
    });
    const byGuid = new Map(integrations.map((i) => [i.guid, i]));
    return secrets.flatMap((s) => {
      const integration = byGuid.get(s.resourceId);
      if (!integration) return [];
      const label = getTemplate(integration.template)?.fields.find((f) => f.name === s.field)?.label ?? s.field;
      return [{ integrationName: integration.name || s.resourceId, field: label, updatedAt: s.updatedAt.toISOString(), href: `/integrations/${s.resourceId}` }];
    });
  },

  async expiring(actor) {
    const until = new Date(Date.now() + (await expiringWindowDays(actor.organizationId)) * DAY);
    const scope = {
      integrations: can(actor.role, "integration.read"),
      oauthApps: can(actor.role, "oauthApp.read"),
      connections: can(actor.role, "connection.read"),
      ownerId: actor.userId,
    };
    const [keys, tokens, secrets, webhooks] = await Promise.all([
      db.apiKey.findMany({
        where: { organizationId: actor.organizationId, userId: actor.userId, revokedAt: null, expiresAt: { gt: new Date(), lte: until } },
        orderBy: { expiresAt: "asc" },
        take: LIST_SIZE,
        select: { name: true, expiresAt: true },
      }),
      expiringTokens(actor, until),
      findExpiringSecrets(actor.organizationId, until, scope, LIST_SIZE),
      can(actor.role, "webhook.manage")
        ? db.webhook.findMany({ where: { organizationId: actor.organizationId, status: "disabled" }, orderBy: { disabledAt: "desc" }, take: LIST_SIZE, select: { id: true, url: true } })
        : [],
    ]);
    const items: ExpiringItem[] = [
      ...webhooks.map((w) => ({ kind: "Webhook" as const, name: w.url, expiresAt: null, disabled: true, href: `/settings/webhooks/${w.id}` })),
      ...tokens,
      ...secrets.map((s) => ({ kind: EXPIRING_KINDS[s.resourceType].label, name: s.name, expiresAt: s.expiresAt.toISOString(), href: s.href })),
      ...keys.map((k) => ({ kind: "API key" as const, name: k.name, expiresAt: k.expiresAt!.toISOString(), href: "/api-keys?sort=expires" })),
    ];
    // Disabled webhooks and broken tokens first, then by expiry.
    const broken = (i: ExpiringItem) => Number(!!i.disabled || !!i.needsReauthorization);
    return items
      .sort((a, b) => broken(b) - broken(a) || (a.expiresAt ?? "").localeCompare(b.expiresAt ?? ""))
      .slice(0, LIST_SIZE);
  },

  reauthorization: (actor, context) => listSessionsNeedingReauthorization(actor, LIST_SIZE, context),

  async failures(actor) {
    const rows = await db.auditEvent.findMany({
      where: {
        organizationId: actor.organizationId,
        outcome: { in: ["failure", "denied"] },
        OR: [{ action: { in: ["integration.verify", "auth.login"] } }, { action: { endsWith: ".refresh" } }],
      },
      orderBy: { id: "desc" },
      take: LIST_SIZE,
      select: eventSelect,
    });
    return rows.map(toEventItem);
  },

  async activity(actor) {
    const rows = await db.auditEvent.findMany({ where: { organizationId: actor.organizationId }, orderBy: { id: "desc" }, take: LIST_SIZE, select: eventSelect });
    return rows.map(toEventItem);
  },
};

export async function getDashboardWidget<W extends DashboardWidget>(actor: Actor, widget: W, context: RequestContext): Promise<DashboardData[W]> {
  await requirePermission(actor, WIDGET_PERMISSION[widget], context);
  return WIDGETS[widget](actor, context);
}
