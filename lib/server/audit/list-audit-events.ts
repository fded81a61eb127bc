import "server-only";
// The organisation's audit log, for admins: filtered, newest first, one page at a time. Pages are
// keyset on the id (the chain's append order), so events written while someone pages through
// never shift what "older" means, and deep pages cost the same as the first.
import {
  AUDIT_PAGE_SIZE,
  auditFiltersSchema,
  type AuditEventDto,
  type AuditEventPage,
  type AuditFilters,
  type Json,
} from "@/lib/schemas/audit";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, type Prisma } from "@/lib/server/db/client";
import { auditTimeWindow } from "./audit-time-window";
import { auditResourceLinks } from "./resource-links";
import { auditResourceName } from "./resource-name";

export const auditEventSelect = {
  id: true,
  createdAt: true,
  actorId: true,
  actorLabel: true,
  action: true,
  outcome: true,
  resourceType: true,
  resourceId: true,
  resourceName: true,
  before: true,
  after: true,
  detail: true,
  requestId: true,
  ip: true,
  untrusted: true,
} as const satisfies Prisma.AuditEventSelect;

type Row = Prisma.AuditEventGetPayload<{ select: typeof auditEventSelect }>;

export const toAuditEventDto = (row: Row): AuditEventDto => ({
  id: String(row.id),
  createdAt: row.createdAt.toISOString(),
  actorId: row.actorId,
  actorLabel: row.actorLabel,
  action: row.action,
  outcome: row.outcome,
  resourceType: row.resourceType,
  resourceId: row.resourceId,
  resourceName: auditResourceName(row.resourceName, row.after, row.before),
  resourceHref: null,
  before: (row.before ?? null) as Json,
  after: (row.after ?? null) as Json,
  detail: row.detail,
  requestId: row.requestId,
  ip: row.ip,
  untrusted: (row.untrusted ?? null) as AuditEventDto["untrusted"],
});

/** "user.create" matches exactly; "user.*" or "user." matches every action under "user.". */
function actionWhere(action: string): Prisma.StringFilter {
  if (action.endsWith("*")) return { startsWith: action.slice(0, -1) };
  if (action.endsWith(".")) return { startsWith: action };
  return { equals: action };
}

/** The organisation filter is part of every query built here; callers cannot leave it out. */
export function auditEventsWhere(actor: Actor, f: AuditFilters): Prisma.AuditEventWhereInput {
  return {
    organizationId: actor.organizationId,
    ...(f.actor && { actorLabel: { contains: f.actor, mode: "insensitive" } }),
    ...(f.action && { action: actionWhere(f.action) }),
    ...(f.resourceType && { resourceType: f.resourceType }),
    ...(f.resourceId && { resourceId: f.resourceId }),
    ...(f.outcome && { outcome: f.outcome }),
    ...((f.from || f.to) && { createdAt: { ...(f.from && { gte: f.from }), ...(f.to && { lte: f.to }) } }),
  };
}

/** A page's events, each resource linked to its page while it still exists. */
async function withLinks(organizationId: string, rows: Row[]): Promise<AuditEventDto[]> {
  const events = rows.map(toAuditEventDto);
  const links = await auditResourceLinks(organizationId, events);
  return events.map((event) => ({ ...event, resourceHref: links.get(`${event.resourceType}:${event.resourceId}`) ?? null }));
}

export async function listAuditEvents(actor: Actor, filters: unknown, context: RequestContext): Promise<AuditEventPage> {
  await requirePermission(actor, "audit.read", context);
  const f = auditFiltersSchema.parse(filters ?? {});
  const where = auditEventsWhere(actor, f);
  // A time range narrows every query below to the ids it spans (same rows; see audit-time-window.ts).
  const window = f.from || f.to ? await auditTimeWindow(actor.organizationId, f.from, f.to) : { kind: "wide" as const };
  if (window.kind === "empty") return { events: [], newerCursor: null, olderCursor: null };
  const span: Prisma.BigIntFilter = window.kind === "ids" ? window.ids : {};
  const exists = async (id: Prisma.BigIntFilter) => (await db.auditEvent.findFirst({ where: { ...where, id: { ...span, ...id } }, select: { id: true } })) !== null;

  if (f.after && !f.before) {
    // Newer page: walk up from the cursor, then show it newest first like every page.
    const rows = await db.auditEvent.findMany({
      where: { ...where, id: { ...span, gt: BigInt(f.after) } },
      orderBy: { id: "asc" },
      take: AUDIT_PAGE_SIZE + 1,
      select: auditEventSelect,
    });
    const page = rows.slice(0, AUDIT_PAGE_SIZE).reverse();
    const [newest, oldest] = [page[0], page.at(-1)];
    return {
      events: await withLinks(actor.organizationId, page),
      newerCursor: newest && rows.length > AUDIT_PAGE_SIZE ? String(newest.id) : null,
      olderCursor: oldest && (await exists({ lt: oldest.id })) ? String(oldest.id) : null,
    };
  }

  const rows = await db.auditEvent.findMany({
    where: { ...where, id: { ...span, ...(f.before && { lt: BigInt(f.before) }) } },
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: auditEventSelect,
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const [newest, oldest] = [page[0], page.at(-1)];
  return {
    events: await withLinks(actor.organizationId, page),
    newerCursor: f.before && newest && (await exists({ gt: newest.id })) ? String(newest.id) : null,
    olderCursor: oldest && rows.length > AUDIT_PAGE_SIZE ? String(oldest.id) : null,
  };
}
