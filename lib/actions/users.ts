"use server";
// The Users page's writes (the services check user.manage and audit). Role changes carry the
// version the admin loaded, so a change made meanwhile by someone else comes back as a conflict
// instead of being overwritten. Lock/unlock is Posit's `POST v1/users/{guid}/lock`: the same
// service, the same audit event. Invitation and reset links are answered this once (and e-mailed
// when SMTP is configured); only their hashes are kept.
import { changeRoleSchema, lockSchema } from "@/lib/schemas/users";
import { deliverInvitation } from "@/lib/server/invitations/deliver-invitation";
import { renewInvitation, revokeInvitation } from "@/lib/server/invitations/manage-invitations";
import { consoleOrigin } from "@/lib/server/oauth/console-origin";
import { issueResetLink } from "@/lib/server/passwords/reset-links";
import { createUser } from "@/lib/server/users/create-user";
import { changeMemberRole, setMemberLocked } from "@/lib/server/users/update-member";
import { body, textId as userId } from "./args";
import { consoleAction } from "./console-action";
import { z } from "zod";

const revalidate = ["/users"];

export const createUserAction = consoleAction(
  body,
  async (input, { actor, context }) => {
    const result = await createUser(actor, input, context);
    if (result.status === "created") return { invited: false as const };
    return { invited: true as const, ...(await deliverInvitation(actor.organizationId, result, await consoleOrigin())) };
  },
  { revalidate },
);

export const changeMemberRoleAction = consoleAction(
  changeRoleSchema.extend({ userId }),
  async ({ userId, ...change }, { actor, context }) => {
    await changeMemberRole(actor, userId, change, context);
  },
  { revalidate },
);

export const setMemberLockedAction = consoleAction(
  lockSchema.extend({ userId }),
  async ({ userId, ...change }, { actor, context }) => {
    await setMemberLocked(actor, userId, change, context);
  },
  { revalidate },
);

const pending = z.object({ userId });

export const revokeInvitationAction = consoleAction(pending, async ({ userId }, { actor, context }) => revokeInvitation(actor, userId, context), { revalidate });

/** A fresh link for a pending invitation; the older one stops working. */
export const renewInvitationAction = consoleAction(
  pending,
  async ({ userId }, { actor, context }) => deliverInvitation(actor.organizationId, await renewInvitation(actor, userId, context), await consoleOrigin()),
  { revalidate },
);

export const issueResetLinkAction = consoleAction(pending, async ({ userId }, { actor, context }) => issueResetLink(actor, userId, context, await consoleOrigin()));
