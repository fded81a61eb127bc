import "server-only";
// The home dashboard's widgets, one function each. Every widget shows only what the actor's role
// may read: `widgetsFor` names the widgets a role gets, and each function checks its permission
// again (a direct call to the route handler gets 403, never another role's data).
import { can, type Permission } from "@/lib/permissions";
import type { DashboardData, DashboardWidget, EventItem } from "@/lib/schemas/dashboard";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { INTEGRATION_RESOURCE } from "@/lib/server/integrations/integration-dto";
import { getTemplate } from "@/lib/templates/registry";

const WIDGET_PERMISSION: Record<DashboardWidget, Permission> = {
  counts: "apiKey.own",
  "secret-age": "integration.read",
  expiring: "apiKey.own",
  failures: "audit.read",
  activity: "audit.read",
};

export const widgetsFor = (role: string): DashboardWidget[] =>
  (Object.keys(WIDGET_PERMISSION) as DashboardWidget[]).filter((w) => can(role, WIDGET_PERMISSION[w]));

const DAY = 86_400_000;
const EXPIRING_WITHIN_DAYS = 14;
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

const WIDGETS: { [W in DashboardWidget]: (actor: Actor) => Promise<DashboardData[W]> } = {
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
    const keys = await db.apiKey.findMany({
      where: { organizationId: actor.organizationId, userId: actor.userId, revokedAt: null, expiresAt: { gt: new Date(), lte: new Date(Date.now() + EXPIRING_WITHIN_DAYS * DAY) } },
      orderBy: { expiresAt: "asc" },
      take: LIST_SIZE,
      select: { name: true, expiresAt: true },
    });
    // OAuth tokens (profiles, connections) join this list as those sections land.
    return keys.map((k) => ({ kind: "API key" as const, name: k.name, expiresAt: k.expiresAt!.toISOString(), href: "/api-keys?sort=expires" }));
  },

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
  return WIDGETS[widget](actor);
}
