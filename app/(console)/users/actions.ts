"use server";
// The Users page's writes: parse → service (which checks user.manage and audits) → revalidate →
// minimal result. Role changes carry the version the admin loaded, so a change made meanwhile by
// someone else comes back as a conflict instead of being overwritten. Lock/unlock is Posit's
// `POST v1/users/{guid}/lock`: the same service, the same audit event.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionFailure, type ActionResult } from "@/lib/action-result";
import { changeRoleSchema, lockSchema } from "@/lib/schemas/users";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { createUser } from "@/lib/server/users/create-user";
import { changeMemberRole, setMemberLocked } from "@/lib/server/users/update-member";
import { parseInput } from "@/lib/server/validation";

const userId = z.string().min(1).max(100);

export async function createUserAction(input: unknown): Promise<ActionResult<{ existingAccount: boolean }>> {
  const actor = await requireActor();
  try {
    const { existingAccount } = await createUser(actor, input, await requestContext());
    revalidatePath("/users");
    return { ok: true, existingAccount };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function changeMemberRoleAction(input: unknown): Promise<ActionResult> {
  const actor = await requireActor();
  try {
    const { userId: id, ...change } = parseInput(changeRoleSchema.extend({ userId }), input);
    await changeMemberRole(actor, id, change, await requestContext());
    revalidatePath("/users");
    return { ok: true };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function setMemberLockedAction(input: unknown): Promise<ActionResult> {
  const actor = await requireActor();
  try {
    const { userId: id, ...change } = parseInput(lockSchema.extend({ userId }), input);
    await setMemberLocked(actor, id, change, await requestContext());
    revalidatePath("/users");
    return { ok: true };
  } catch (error) {
    return actionFailure(error);
  }
}
