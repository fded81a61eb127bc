import "server-only";
// Inside a provisioning transaction: invites an account into an organisation (a new invitation,
// or a fresh link for a pending one: the older link stops working). Nothing of the account is
// read or returned beyond its id; the audit event holds the address the admin gave and the role.
import type { PendingDto } from "@/lib/schemas/users";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { RequestContext } from "@/lib/server/auth/actor";
import type { Tx } from "@/lib/server/db/client";
import { INVITATION_TTL_MS, invitationToken } from "./invitation-token";
import { pendingSelect, toPendingDto } from "./pending-dto";

export type Invited = { invitation: PendingDto; token: string };

export async function inviteAccount(
  tx: Tx,
  by: { actor: { userId: string; email: string } | null; label: string },
  organizationId: string,
  invitee: { userId: string; email: string; role: string },
  context: RequestContext,
): Promise<Invited> {
  const { token, hash } = invitationToken.generate();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  const fields = { email: invitee.email, role: invitee.role, tokenHash: hash, expiresAt, invitedById: by.actor?.userId ?? null, createdAt: new Date() };
  const row = await tx.invitation.upsert({
    where: { organizationId_userId: { organizationId, userId: invitee.userId } },
    create: { organizationId, userId: invitee.userId, ...fields },
    update: fields,
    select: pendingSelect,
  });
  const invitation = toPendingDto(row);
  await recordAuditEvent(tx, {
    actor: by.actor,
    actorLabel: by.label,
    organizationId,
    action: "user.invite",
    resourceType: "user",
    resourceId: invitee.userId,
    after: invitation,
    context,
  });
  return { invitation, token };
}
