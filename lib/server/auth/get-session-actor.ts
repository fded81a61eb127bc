import "server-only";
// The signed-in user as an Actor in the organisation chosen by the switcher (cookie), falling
// back to their first membership. Role and disabled state are read live, so changes apply at once.
// A session is only as good as its stamp: a password change or reset gives the account a new one,
// which ends every session signed in before it.
import { cookies } from "next/headers";
import { cache } from "react";
import { isRole } from "@/lib/permissions";
import { db } from "@/lib/server/db/client";
import { toActor, type Actor } from "./actor";
import { auth } from "./auth";

export const ORG_COOKIE = "ic_org";

/** The session's account, whatever its memberships (the invitation and password pages); null when signed out or ended. */
export const getSessionAccount = cache(async function getSessionAccount() {
  const session = (await auth()) as { user?: { id?: string }; stamp?: unknown } | null;
  const userId = session?.user?.id;
  if (!userId || typeof session.stamp !== "string") return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      disabledAt: true,
      sessionStamp: true,
      mustChangePassword: true,
      memberships: {
        where: { disabledAt: null },
        select: { role: true, organization: { select: { id: true, slug: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!user || user.disabledAt || user.sessionStamp !== session.stamp) return null;
  return user;
});

/** Once per request: the layout, its section gate and the page all ask. */
export const getSessionActor = cache(async function getSessionActor(): Promise<(Actor & { mustChangePassword: boolean }) | null> {
  const [user, wantedSlug] = await Promise.all([getSessionAccount(), cookies().then((c) => c.get(ORG_COOKIE)?.value)]);
  if (!user) return null;
  const membership = user.memberships.find((m) => m.organization.slug === wantedSlug) ?? user.memberships[0];
  if (!membership || !isRole(membership.role)) return null;
  return { ...toActor(user, membership.organization, membership.role, "session"), mustChangePassword: user.mustChangePassword };
});

/** The caller's organisations, for the switcher. */
export async function listMyOrganizations(actor: Actor) {
  const rows = await db.membership.findMany({
    where: { userId: actor.userId, disabledAt: null },
    select: { role: true, organization: { select: { slug: true, name: true } } },
    orderBy: { organization: { name: "asc" } },
  });
  return rows.map((r) => ({ slug: r.organization.slug, name: r.organization.name, role: r.role }));
}
