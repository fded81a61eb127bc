import "server-only";
// Whose profiles a call reaches. Everyone reaches their own (`oauthProfile.own`); an admin may
// name another member (`?user=` in HDP's API, the owner filter in the console) or reach every
// owner (`oauthProfile.actForUser`). Anyone else naming a user is refused with 403, and audited.
import { AppError } from "@/lib/errors";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { OAUTH_PROFILE_RESOURCE } from "./oauth-profile-dto";

/** `user`: an email or a username (HDP's user name). `anyOwner`: every member's profiles. */
export type ProfileScope = { user?: string | null; anyOwner?: boolean };

/** ownerId null = any owner (admins only). */
export type ProfileOwner = { ownerId: string | null; ownerEmail: string | null; onBehalf: boolean };

export async function resolveProfileOwner(actor: Actor, scope: ProfileScope, context: RequestContext, resourceId?: number): Promise<ProfileOwner> {
  const resource = { type: OAUTH_PROFILE_RESOURCE, id: resourceId === undefined ? null : String(resourceId) };
  const user = scope.user?.trim().toLowerCase();
  if (user) {
    await requirePermission(actor, "oauthProfile.actForUser", context, resource);
    if (user === actor.email.toLowerCase()) return { ownerId: actor.userId, ownerEmail: actor.email, onBehalf: false };
    // PostgreSQL rejects a NUL byte in any text: no member's name has one (was a 500).
    if (user.includes("\u0000")) throw new AppError("not_found", "User not found");
    // An email has an "@" and a username cannot.
    const member = await db.membership.findFirst({
      where: { organizationId: actor.organizationId, user: user.includes("@") ? { email: user } : { username: user } },
      select: { user: { select: { id: true, email: true } } },
    });
    if (!member) throw new AppError("not_found", `User not found: ${user.slice(0, 320)}`);
    if (member.user.id === actor.userId) return { ownerId: actor.userId, ownerEmail: actor.email, onBehalf: false };
    return { ownerId: member.user.id, ownerEmail: member.user.email, onBehalf: true };
  }
  if (scope.anyOwner) {
    await requirePermission(actor, "oauthProfile.actForUser", context, resource);
    return { ownerId: null, ownerEmail: null, onBehalf: true };
  }
  await requirePermission(actor, "oauthProfile.own", context, resource);
  return { ownerId: actor.userId, ownerEmail: actor.email, onBehalf: false };
}

/** Audit detail for a call made for someone else. */
export const onBehalfDetail = (owner: ProfileOwner, ownerEmail: string) => (owner.onBehalf ? `on behalf of ${ownerEmail}` : null);
