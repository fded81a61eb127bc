import "server-only";
// The invitation a link names, for its page: which organisation invites, as which role, whether the
// account still has to choose a password. Null for a link that was used, revoked, replaced by a
// newer one, expired, or whose account's address changed since.
import { db } from "@/lib/server/db/client";
import { invitationTokenHash } from "./invitation-token";

export type InvitationView = {
  id: string;
  userId: string;
  email: string;
  role: string;
  organization: { id: string; name: string; slug: string };
  /** The account has no password yet: the link's holder chooses it (a new account). */
  needsPassword: boolean;
  mustChangePassword: boolean;
};

export async function findInvitation(token: unknown): Promise<InvitationView | null> {
  const tokenHash = invitationTokenHash(token);
  if (!tokenHash) return null;
  const row = await db.invitation.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      userId: true,
      email: true,
      role: true,
      expiresAt: true,
      organization: { select: { id: true, name: true, slug: true } },
      user: { select: { email: true, passwordHash: true, mustChangePassword: true, disabledAt: true } },
    },
  });
  if (!row || row.expiresAt.getTime() <= Date.now() || row.user.email !== row.email || row.user.disabledAt) return null;
  return {
    id: row.id,
    userId: row.userId,
    email: row.email,
    role: row.role,
    organization: row.organization,
    needsPassword: row.user.passwordHash === "",
    mustChangePassword: row.user.mustChangePassword,
  };
}
