import "server-only";
// The ⌘K palette's search across sections. A section adds itself with one entry in SOURCES (or
// record-sources.ts): its permission, its list, and a query returning at most a few hits by name
// (the caller's organisation only). Each group ends with "see all in <section>".
import { can } from "@/lib/permissions";
import { SEARCH_MAX_LENGTH, SEARCH_MIN_LENGTH, type SearchGroup } from "@/lib/schemas/search";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { getTemplate } from "@/lib/templates/registry";
import { RECORD_SOURCES } from "./record-sources";
import { contains, LIMIT, TAKE, type Source } from "./source";

const SOURCES: Source[] = [
  {
    id: "integrations",
    label: "Integrations",
    permission: "integration.read",
    listHref: "/integrations",
    async search(actor, q) {
      const rows = await db.integration.findMany({
        where: {
          organizationId: actor.organizationId,
          // A pasted guid finds its integration too.
          OR: [{ name: contains(q) }, ...(/^[0-9a-f-]{36}$/i.test(q) ? [{ guid: q.toLowerCase() }] : [])],
        },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: TAKE,
        select: { guid: true, name: true, template: true },
      });
      return rows.map((r) => ({ title: r.name || r.guid, subtitle: getTemplate(r.template)?.name ?? r.template, href: `/integrations/${r.guid}` }));
    },
  },
  {
    id: "users",
    label: "Users",
    permission: "user.read",
    listHref: "/users",
    async search(actor, q) {
      const rows = await db.membership.findMany({
        where: {
          organizationId: actor.organizationId,
          user: {
            OR: [
              { email: contains(q) },
              { firstName: contains(q) },
              { lastName: contains(q) },
              { username: contains(q) },
            ],
          },
        },
        orderBy: { user: { email: "asc" } },
        take: TAKE,
        select: { role: true, user: { select: { email: true, username: true, firstName: true, lastName: true } } },
      });
      return rows.map((r) => ({
        title: r.user.email,
        subtitle: [r.user.username, [r.user.firstName, r.user.lastName].filter(Boolean).join(" "), r.role].filter(Boolean).join(" · "),
        href: `/users?q=${encodeURIComponent(r.user.email)}`,
      }));
    },
  },
  {
    id: "groups",
    label: "Groups",
    permission: "group.read",
    listHref: "/groups",
    async search(actor, q) {
      const rows = await db.group.findMany({
        where: { organizationId: actor.organizationId, name: contains(q) },
        orderBy: { name: "asc" },
        take: TAKE,
        select: { id: true, name: true, _count: { select: { members: true } } },
      });
      return rows.map((r) => ({ title: r.name, subtitle: `${r._count.members} member${r._count.members === 1 ? "" : "s"}`, href: `/groups/${r.id}` }));
    },
  },
];
// Records first (what people look for most), then people.
SOURCES.splice(1, 0, ...RECORD_SOURCES);

/** Groups of hits from every source the actor's role may read; a short query returns nothing. */
export async function searchConsole(actor: Actor, query: string): Promise<SearchGroup[]> {
  const q = query.trim().slice(0, SEARCH_MAX_LENGTH);
  if (q.length < SEARCH_MIN_LENGTH) return [];
  const sources = SOURCES.filter((s) => can(actor.role, s.permission));
  const groups = await Promise.all(
    sources.map(async (s): Promise<SearchGroup> => {
      const hits = await s.search(actor, q);
      return { source: s.id, label: s.label, hits: hits.slice(0, LIMIT), more: hits.length > LIMIT, seeAllHref: `${s.listHref}?q=${encodeURIComponent(q)}` };
    }),
  );
  return groups.filter((g) => g.hits.length > 0);
}
