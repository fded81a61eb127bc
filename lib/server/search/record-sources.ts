import "server-only";
// The palette's sources beyond integrations and people: Switchboard's apps, connections and boards,
// HDP's OAuth apps and profiles, and workloads — each by name, in the caller's organisation, with
// the same scoping as its list (own profiles and workloads unless the role reaches everyone's).
import { can } from "@/lib/permissions";
import type { SearchHit } from "@/lib/schemas/search";
import { AUTH_TYPE_LABELS } from "@/lib/schemas/auth-config-types";
import type { Actor } from "@/lib/server/auth/actor";
import { CATALOGUE } from "@/lib/server/apps/catalogue";
import { db } from "@/lib/server/db/client";
import { contains, TAKE, type Source } from "./source";

const authLabel = (type: string) => AUTH_TYPE_LABELS[type as keyof typeof AUTH_TYPE_LABELS] ?? type;
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

export const RECORD_SOURCES: Source[] = [
  {
    id: "connections",
    label: "Connections",
    permission: "connection.read",
    listHref: "/connections",
    async search(actor, q) {
      const rows = await db.connection.findMany({
        where: { organizationId: actor.organizationId, name: contains(q) },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: TAKE,
        select: { id: true, name: true, authType: true },
      });
      return rows.map((r) => ({ title: r.name, subtitle: authLabel(r.authType), href: `/connections/${r.id}` }));
    },
  },
  {
    id: "apps",
    label: "Apps",
    permission: "app.read",
    listHref: "/apps",
    async search(actor, q) {
      const rows = await db.app.findMany({
        where: { organizationId: actor.organizationId, name: contains(q) },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: TAKE,
        select: { id: true, name: true, serverUrl: true },
      });
      // The public catalogue is a few dozen entries in code.
      const needle = q.toLowerCase();
      const catalogue = CATALOGUE.filter((app) => app.name.toLowerCase().includes(needle)).map((app) => ({ title: app.name, subtitle: "Public catalogue", href: `/apps/${app.id}` }));
      return [...rows.map((r) => ({ title: r.name, subtitle: r.serverUrl, href: `/apps/${r.id}` })), ...catalogue].slice(0, TAKE);
    },
  },
  {
    id: "boards",
    label: "Boards",
    permission: "board.read",
    listHref: "/boards",
    async search(actor, q) {
      const rows = await db.board.findMany({
        where: { organizationId: actor.organizationId, name: contains(q) },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: TAKE,
        select: { name: true, status: true, _count: { select: { connections: true } } },
      });
      // Boards have no page of their own: the list, filtered to the name.
      return rows.map((r) => ({ title: r.name, subtitle: `${r.status} · ${plural(r._count.connections, "connection")}`, href: `/boards?q=${encodeURIComponent(r.name)}` }));
    },
  },
  {
    id: "oauth-apps",
    label: "OAuth apps",
    permission: "oauthApp.read",
    listHref: "/oauth-apps",
    async search(actor, q) {
      const rows = await db.oAuthApp.findMany({
        where: { organizationId: actor.organizationId, name: contains(q) },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: TAKE,
        select: { id: true, name: true, _count: { select: { profiles: true } } },
      });
      return rows.map((r) => ({ title: r.name, subtitle: plural(r._count.profiles, "profile"), href: `/oauth-apps/${r.id}` }));
    },
  },
  {
    id: "oauth-profiles",
    label: "OAuth profiles",
    permission: "oauthProfile.own",
    listHref: "/oauth-profiles",
    async search(actor: Actor, q) {
      const rows = await db.oAuthProfile.findMany({
        where: { organizationId: actor.organizationId, ...(can(actor.role, "oauthProfile.actForUser") ? {} : { ownerId: actor.userId }), name: contains(q) },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: TAKE,
        select: { id: true, name: true, app: { select: { name: true } }, owner: { select: { email: true } } },
      });
      return rows.map((r) => ({ title: r.name, subtitle: r.owner.email === actor.email ? r.app.name : `${r.app.name} · ${r.owner.email}`, href: `/oauth-profiles/${r.id}` }));
    },
  },
  {
    id: "workloads",
    label: "Workloads",
    permission: "workload.read",
    listHref: "/workloads",
    async search(actor, q) {
      const rows = await db.contentItem.findMany({
        where: {
          organizationId: actor.organizationId,
          ...(can(actor.role, "workload.readAll") ? {} : { ownerId: actor.userId }),
          OR: [{ name: contains(q) }, { title: contains(q) }],
        },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: TAKE,
        select: { id: true, name: true, title: true },
      });
      return rows.map((r) => ({ title: r.title || r.name, subtitle: r.title ? r.name : "Workload", href: `/workloads/${r.id}` })) satisfies SearchHit[];
    },
  },
];
