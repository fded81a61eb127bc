"use server";
// The Users page's writes (the services check user.manage and audit). Role changes carry the
// version the admin loaded, so a change made meanwhile by someone else comes back as a conflict
// instead of being overwritten. Lock/unlock is Posit's `POST v1/users/{guid}/lock`: the same
// service, the same audit event.
import { changeRoleSchema, lockSchema } from "@/lib/schemas/users";
import { createUser } from "@/lib/server/users/create-user";
import { changeMemberRole, setMemberLocked } from "@/lib/server/users/update-member";
import { body, textId as userId } from "./args";
import { consoleAction } from "./console-action";

const revalidate = ["/users"];

export const createUserAction = consoleAction(
  body,
  async (input, { actor, context }) => ({ existingAccount: (await createUser(actor, input, context)).existingAccount }),
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
